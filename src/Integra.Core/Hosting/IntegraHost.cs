using System.Reflection;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Threading.RateLimiting;
using Integra.Core.Audit;
using Integra.Core.Data;
using Integra.Core.Email;
using Integra.Core.Features;
using Integra.Core.Indicators;
using Integra.Core.Jobs;
using Integra.Core.Localization;
using Integra.Core.Modules;
using Integra.Core.Navigation;
using Integra.Core.Security;
using Integra.Core.Settings;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Integra.Core.Hosting;

/// <summary>The two calls a host makes: <see cref="AddIntegra"/> and <see cref="UseIntegraAsync"/>.</summary>
public static class IntegraHost
{
    public const string LoginRateLimit = "login";
    public const string RegistrationRateLimit = "registration";

    public static WebApplicationBuilder AddIntegra(this WebApplicationBuilder builder)
    {
        // Module and theme assets (_content/...) are served outside Development too.
        builder.WebHost.UseStaticWebAssets();
        if (!builder.Environment.IsDevelopment())
        {
            builder.Logging.AddJsonConsole(o => o.IncludeScopes = true);
        }

        var services = builder.Services;
        var catalog = ModuleCatalog.Discover();
        var contributions = new FeatureContributions();
        services.AddSingleton(catalog);
        services.AddSingleton(contributions);
        var appData = AppDataFolder.From(builder.Configuration, builder.Environment);
        services.AddSingleton(appData);
        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddMemoryCache();

        services.Configure<DatabaseOptions>(builder.Configuration.GetSection("Integra:Database"));
        services.Configure<EmailOptions>(builder.Configuration.GetSection("Integra:Email"));
        services.Configure<AdminOptions>(builder.Configuration.GetSection("Integra:Admin"));
        services.Configure<JobOptions>(builder.Configuration.GetSection("Integra:Jobs"));
        services.Configure<ShellSyncOptions>(builder.Configuration.GetSection("Integra:ShellSync"));

        services.AddIntegraDbContext<CoreDbContext>();
        services.AddSingleton<FeatureState>();
        services.AddScoped<FeatureManager>();
        services.AddScoped<PhaseService>();
        services.AddScoped<AuditLog>();
        services.AddScoped<SiteSettingsService>();
        services.AddScoped<PermissionService>();
        services.AddScoped<AdminMenuService>();
        services.AddScoped<AccountLinks>();
        services.AddScoped<IndicatorService>();
        services.AddScoped<CoreSeed>();
        services.AddSingleton<EmailSender>();
        services.AddSingleton<PublicOrigin>();
        services.AddHostedService<ShellSyncService>();
        services.AddHostedService<JobRunner>();

        AddAccounts(services);
        AddLocalization(services);
        AddRateLimits(services);

        // Modules add their policies; the middleware caches only endpoints that name one.
        services.AddOutputCache();

        // Albanian and Serbian letters (ë, ç, š, ђ...) are written as they are, not as entities: pages in those
        // languages are smaller and cheaper to render. Markup characters are still encoded. Registered before MVC,
        // whose own registration only fills the gap.
        services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));

        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
        AddDataProtection(services, builder.Configuration, appData);

        var mvc = services.AddControllersWithViews(options =>
        {
            options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
            options.Conventions.Add(new FeatureEndpointConvention(catalog));
        }).AddViewLocalization().AddDataAnnotationsLocalization();
        foreach (var assembly in catalog.Features.Select(f => f.Assembly).Distinct())
        {
            if (!mvc.PartManager.ApplicationParts.OfType<AssemblyPart>().Any(p => p.Assembly == assembly))
            {
                // A module the host does not reference is found only here; its factory adds its compiled Razor views too.
                foreach (var part in ApplicationPartFactory.GetApplicationPartFactory(assembly).GetApplicationParts(assembly))
                {
                    mvc.PartManager.ApplicationParts.Add(part);
                }
            }
        }

        services.Configure<RouteOptions>(o => o.ConstraintMap["culture"] = typeof(CultureRouteConstraint));

        foreach (var feature in catalog.Features)
        {
            var startup = (FeatureStartup)Activator.CreateInstance(feature.Startup)!;
            services.AddSingleton(new FeatureStartupRegistration(feature.Id, startup));
            startup.ConfigureServices(new FeatureBuilder(feature, services, builder.Configuration, contributions));
        }

        return builder;
    }

    public static async Task UseIntegraAsync(this WebApplication app)
    {
        await InitializeDatabaseAsync(app.Services, app.Lifetime.ApplicationStopping);

        if (app.Environment.IsDevelopment())
        {
            app.UseDeveloperExceptionPage();
        }
        else
        {
            app.UseExceptionHandler("/error/500");
            app.UseHsts();
        }

        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRequestLocalization();
        app.UseMiddleware<FeatureGateMiddleware>();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseOutputCache();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") });
        app.MapHealthChecks("/health");
        foreach (var registration in app.Services.GetServices<FeatureStartupRegistration>())
        {
            var group = app.MapGroup(string.Empty).WithMetadata(new FeatureMetadata(registration.FeatureId));
            registration.Startup.MapEndpoints(group);
        }

        app.MapControllers();
    }

    /// <summary>Applies the kernel schema, then each enabled feature's schema and seeds, then the core seed.</summary>
    public static async Task InitializeDatabaseAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
        if (db.Database.IsSqlite())
        {
            // WAL lets readers go on while one writer commits; the setting is stored in the database file.
            await db.Database.OpenConnectionAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            await db.Database.CloseConnectionAsync();
        }

        await db.Database.MigrateAsync(cancellationToken);
        await scope.ServiceProvider.GetRequiredService<CoreSeed>().SeedAsync(cancellationToken);
        await scope.ServiceProvider.GetRequiredService<FeatureManager>().InitializeAsync(cancellationToken);
    }

    private static void AddAccounts(IServiceCollection services)
    {
        services.AddIdentity<IntegraUser, IntegraRole>(options =>
        {
            options.Password.RequiredLength = 12;
            options.Password.RequireNonAlphanumeric = false;
            options.Lockout.MaxFailedAccessAttempts = 5;
            options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            options.Lockout.AllowedForNewUsers = true;
            options.User.RequireUniqueEmail = true;
            options.SignIn.RequireConfirmedEmail = true;
        })
        .AddEntityFrameworkStores<CoreDbContext>()
        .AddDefaultTokenProviders();

        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/account/login";
            options.LogoutPath = "/account/logout";
            options.AccessDeniedPath = "/account/access-denied";
            options.Cookie.Name = "integra.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.SlidingExpiration = true;
            // A signed-in user without the permission gets a plain 403 (rendered by the error page), not a redirect.
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        services.AddScoped<IAuthorizationHandler, PermissionHandler>();
        services.AddAuthorization();
    }

    private static void AddLocalization(IServiceCollection services)
    {
        services.AddLocalization();
        services.AddSingleton(_ => new TranslationCatalog(AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => a.GetName().Name?.StartsWith("Integra.", StringComparison.Ordinal) == true)));
        services.Replace(ServiceDescriptor.Singleton<IStringLocalizerFactory, JsonStringLocalizerFactory>());
        services.Configure<RequestLocalizationOptions>(options =>
        {
            var cultures = Cultures.All.Select(Cultures.Info).ToList();
            options.DefaultRequestCulture = new RequestCulture(Cultures.Info(Cultures.Default));
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            // "?culture=" is a content filter in the admin (list, new item), not a wish to change the UI language:
            // pages without a culture in the URL follow the cookie the language switcher sets.
            options.RequestCultureProviders = options.RequestCultureProviders.Where(p => p is not QueryStringRequestCultureProvider).ToList();
            options.RequestCultureProviders.Insert(0, new RouteCultureProvider());
        });
    }

    /// <summary>
    /// The keys that sign sign-in cookies and form tokens live in the database, so every node shares them. With
    /// <c>Integra:DataProtection:Certificate</c> (a PFX file, relative to the app data folder or absolute) they are
    /// stored encrypted to that certificate, so a copy of the database alone cannot forge a session. A certificate that
    /// is named but cannot be read stops the start rather than leaving the keys in the clear.
    /// </summary>
    private static void AddDataProtection(IServiceCollection services, IConfiguration configuration, AppDataFolder appData)
    {
        var protection = services.AddDataProtection().SetApplicationName("Integra").PersistKeysToDbContext<CoreDbContext>();
        var file = configuration["Integra:DataProtection:Certificate"];
        if (string.IsNullOrWhiteSpace(file))
        {
            return;
        }

        var path = Path.Combine(appData.Path, file);
        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, configuration["Integra:DataProtection:CertificatePassword"]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or CryptographicException)
        {
            throw new InvalidOperationException($"Integra:DataProtection:Certificate names {path}, which cannot be read as a PFX with its password: {e.Message}", e);
        }

        if (!certificate.HasPrivateKey)
        {
            throw new InvalidOperationException($"Integra:DataProtection:Certificate names {path}, which has no private key: the keys could be encrypted but never read back.");
        }

        protection.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
    }

    private static void AddRateLimits(IServiceCollection services)
    {
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(LoginRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                PartitionKey(context, LoginRateLimit),
                _ => context.RequestServices.GetRequiredService<IOptionsMonitor<RateLimitOptions>>().Get(LoginRateLimit).Window()));
            options.AddPolicy(RegistrationRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                PartitionKey(context, RegistrationRateLimit),
                _ => context.RequestServices.GetRequiredService<IOptionsMonitor<RateLimitOptions>>().Get(RegistrationRateLimit).Window()));
        });
        services.AddOptions<RateLimitOptions>(LoginRateLimit).Configure(o => (o.PermitLimit, o.WindowSeconds) = (20, 60)).BindConfiguration("Integra:RateLimits:Login");
        services.AddOptions<RateLimitOptions>(RegistrationRateLimit).Configure(o => (o.PermitLimit, o.WindowSeconds) = (10, 600)).BindConfiguration("Integra:RateLimits:Registration");
    }

    private static string PartitionKey(HttpContext context, string policy) =>
        $"{policy}:{context.Connection.RemoteIpAddress}";

    private sealed record FeatureStartupRegistration(string FeatureId, FeatureStartup Startup);
}

/// <summary>Configuration sections <c>Integra:RateLimits:Login</c> and <c>:Registration</c>.</summary>
public sealed class RateLimitOptions
{
    public int PermitLimit { get; set; }
    public int WindowSeconds { get; set; }

    internal FixedWindowRateLimiterOptions Window() => new()
    {
        PermitLimit = PermitLimit,
        Window = TimeSpan.FromSeconds(WindowSeconds),
        QueueLimit = 0,
    };
}
