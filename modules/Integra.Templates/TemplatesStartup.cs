using Integra.Core.Modules;
using Integra.Templates.Data;
using Integra.Templates.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Integra.Templates;

public sealed class TemplatesStartup : FeatureStartup
{
    public override void ConfigureServices(FeatureBuilder feature)
    {
        feature.AddPermissions<Permissions>().AddAdminMenu<AdminMenu>().AddSchema<TemplatesDbContext>();
        feature.Services.AddOptions<TemplatesOptions>().BindConfiguration("Integra:Templates");
        feature.Services.AddSingleton<LiquidEngine>();
        feature.Services.AddSingleton<ThemeTemplateFiles>();
        feature.Services.AddSingleton<EditedTemplateIndex>();
        feature.Services.AddSingleton<TemplateErrorDeduplication>();
        feature.Services.AddScoped<TemplateLibrary>();
        feature.Services.AddScoped<TemplateErrors>();
        feature.Services.AddScoped<ITemplateRenderer, TemplateRenderer>();
    }
}
