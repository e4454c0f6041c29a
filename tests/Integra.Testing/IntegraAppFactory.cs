using Integra.Core.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Integra.Testing;

/// <summary>
/// The real Integra host on Kestrel at 127.0.0.1 with a database and an app data folder of its own.
/// Several factories may share one database to play several nodes.
/// </summary>
public class IntegraAppFactory : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@integra.test";
    public const string AdminPassword = "Admin-Password-2026!";

    private readonly Dictionary<string, string?> _settings;

    public IntegraAppFactory(TestDatabase database, IReadOnlyDictionary<string, string?>? settings = null)
    {
        Database = database;
        AppData = Directory.CreateTempSubdirectory("integra-app-").FullName;
        _settings = new Dictionary<string, string?>
        {
            ["Integra:AppData"] = AppData,
            ["Integra:Database:Provider"] = database.Provider,
            ["Integra:Database:ConnectionString"] = database.ConnectionString,
            ["Integra:Admin:Email"] = AdminEmail,
            ["Integra:Admin:Password"] = AdminPassword,
            ["Integra:ShellSync:PollInterval"] = "00:00:00.500",
            ["Integra:Jobs:TickInterval"] = "00:00:00.500",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }

        UseKestrel(0);
    }

    public TestDatabase Database { get; }

    public string AppData { get; }

    public Mailbox Mailbox => new(Path.Combine(AppData, "mail"));

    /// <summary>What the server logged at Error level or above, oldest first.</summary>
    public ServerErrorLog ServerErrors { get; } = new();

    /// <summary>Replaces the host's clock (e.g. a <see cref="ShiftedClock"/>), so tests can move time instead of waiting.</summary>
    public TimeProvider? Clock { get; init; }

    /// <summary>Starts the server and returns its address, e.g. http://127.0.0.1:41234.</summary>
    public Uri ServerAddress
    {
        get
        {
            StartServer();
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
        }
    }

    /// <summary>A client that keeps cookies and does not follow redirects, so tests see what the server answered.</summary>
    public HttpClient CreateBrowserlikeClient() => CreateBrowserlikeClient(new System.Net.CookieContainer());

    /// <summary>A browser-like client with the given cookies; a server error it receives brings the server's error log into the test's output.</summary>
    public HttpClient CreateBrowserlikeClient(System.Net.CookieContainer cookies) => new(new ServerErrorReporter(ServerErrors, new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        UseCookies = true,
        CookieContainer = cookies,
    }))
    {
        BaseAddress = ServerAddress,
    };

    /// <summary>Creates a confirmed user in the given roles, straight through Identity.</summary>
    public async Task<IntegraUser> CreateUserAsync(string email, string password, params string[] roles)
    {
        StartServer();
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IntegraUser>>();
        var user = new IntegraUser { UserName = email, Email = email, EmailConfirmed = true, CreatedUtc = DateTime.UtcNow };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }

        if (roles.Length > 0)
        {
            await users.AddToRolesAsync(user, roles);
        }

        return user;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("urls", "http://127.0.0.1:0");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services => services.AddSingleton<ILoggerProvider>(ServerErrors));
        if (Clock is { } clock)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
        try
        {
            Directory.Delete(AppData, recursive: true);
        }
        catch (IOException)
        {
            // Left for the system's temp cleanup.
        }
    }
}
