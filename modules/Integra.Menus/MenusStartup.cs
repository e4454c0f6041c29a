using Integra.Core.Modules;
using Integra.Menus.Data;
using Integra.Menus.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Integra.Menus;

public sealed class MenusStartup : FeatureStartup
{
    public override void ConfigureServices(FeatureBuilder feature)
    {
        feature.AddPermissions<Permissions>().AddAdminMenu<AdminMenu>().AddSchema<MenusDbContext>().AddSeed<MenusSeed>();
        feature.Services.AddMemoryCache();
        feature.Services.AddSingleton<MenuCache>();
        feature.Services.AddScoped<MenuService>();
    }
}
