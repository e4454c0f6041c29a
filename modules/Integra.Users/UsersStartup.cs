using Integra.Core.Modules;
using Integra.Users.Services;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Integra.Users;

public sealed class UsersStartup : FeatureStartup
{
    public override void ConfigureServices(FeatureBuilder feature)
    {
        feature.AddPermissions<Permissions>().AddAdminMenu<AdminMenu>();

        var services = feature.Services;
        services.Configure<UsersOptions>(feature.Configuration.GetSection("Integra:Users"));
        services.AddScoped<AccountEmails>();
        services.AddScoped<TwoFactorPolicy>();
        services.Replace(ServiceDescriptor.Scoped<IdentityErrorDescriber, LocalizedIdentityErrorDescriber>());
        services.Configure<MvcOptions>(options => options.Filters.Add(new StaffTwoFactorFilter()));

        // Locking a user or changing their roles renews their security stamp; checking it every minute makes
        // the change reach sessions already open instead of waiting for Identity's default half hour.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));
    }
}
