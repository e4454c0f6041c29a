using System.Net;
using Integra.Applications;
using Integra.Applications.Data;
using Integra.Core.Data;
using Integra.Core.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Integra.Testing;

/// <summary>
/// A running site on a database of its own, with what the tests of the engine's and the components' modules share:
/// signed-in users, form posts, role grants, applications moved on the engine as the system, the audit log. A
/// module's tests derive their world from it and add what only they need.
/// </summary>
public abstract class ModuleWorld : IAsyncDisposable
{
    private readonly string _password;

    protected ModuleWorld(TestDatabase database, IntegraAppFactory app, string password)
    {
        Database = database;
        App = app;
        _password = password;
    }

    public TestDatabase Database { get; }

    public IntegraAppFactory App { get; }

    public static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>The database and the site on it, started.</summary>
    protected static async Task<(TestDatabase Database, IntegraAppFactory App)> StartSiteAsync(string provider, TimeProvider? clock = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var app = new IntegraAppFactory(database, settings) { Clock = clock };
        _ = app.ServerAddress;
        return (database, app);
    }

    /// <summary>A signed-in client for a new user in the roles (or the administrator when no e-mail is given).</summary>
    public async Task<HttpClient> SignedInAsync(string? email = null, params string[] roles)
    {
        if (email is null)
        {
            return await App.CreateSignedInClientAsync(IntegraAppFactory.AdminEmail);
        }

        await App.CreateUserAsync(email, _password, roles);
        return await App.CreateSignedInClientAsync(email);
    }

    /// <summary>Submits the form on <paramref name="page"/> to <paramref name="action"/>; a page again (200) or a redirect are both answers.</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string page, string action, params (string Name, string Value)[] fields)
    {
        var response = await client.SubmitFormAsync(page, action, fields, Cancel);
        if (response.StatusCode is not (HttpStatusCode.Redirect or HttpStatusCode.OK))
        {
            throw new InvalidOperationException($"POST {action} answered {(int)response.StatusCode}");
        }

        return response;
    }

    /// <summary>Moves an application on the engine as the system would (a reason is given for the moves that need one).</summary>
    public async Task EngineAsync(long applicationId, params ApplicationTrigger[] triggers)
    {
        foreach (var trigger in triggers)
        {
            await using var scope = App.Services.CreateAsyncScope();
            var moved = await scope.ServiceProvider.GetRequiredService<ApplicationTransitions>().FireAsync(applicationId, trigger, "Set up by the test", Cancel);
            Succeeded(moved.Error);
        }
    }

    /// <summary>Takes a submitted application through screening and review to a final score, as the system.</summary>
    public async Task ScoredAsync(long applicationId, decimal finalScore)
    {
        await EngineAsync(applicationId, ApplicationTrigger.PassScreening, ApplicationTrigger.StartReview);
        await using var scope = App.Services.CreateAsyncScope();
        var application = await scope.ServiceProvider.GetRequiredService<ApplicationsDbContext>().Applications.SingleAsync(a => a.Id == applicationId, Cancel);
        application.FinalScore = finalScore;
        var moved = await scope.ServiceProvider.GetRequiredService<ApplicationTransitions>().FireAsync(application, ApplicationTrigger.CompleteScoring, "Set up by the test", Cancel);
        Succeeded(moved.Error);
    }

    public async Task<Application> ApplicationAsync(long applicationId)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ApplicationsDbContext>().Applications.AsNoTracking().SingleAsync(a => a.Id == applicationId, Cancel);
    }

    public async Task<string> UserIdAsync(string email)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CoreDbContext>().Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync(Cancel);
    }

    public async Task<List<AuditEntry>> AuditAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CoreDbContext>().AuditEntries.AsNoTracking().OrderBy(a => a.Id).ToListAsync(Cancel);
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Database.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>Sets exactly <paramref name="granted"/> of the permissions <paramref name="provider"/> declares (its constants) for a role, as the roles screen would.</summary>
    protected async Task SetGrantsAsync(Type provider, string role, string[] granted)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var core = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
        var roleId = await core.Roles.Where(r => r.Name == role).Select(r => r.Id).SingleAsync(Cancel);
        var all = provider.GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();
        await scope.ServiceProvider.GetRequiredService<PermissionService>().SetGrantsAsync(roleId, all, granted, Cancel);
    }

    /// <summary>A step that puts the world where a test starts has failed: the test cannot go on.</summary>
    protected static void Succeeded(string? error)
    {
        if (error is not null)
        {
            throw new InvalidOperationException($"Setting up the test failed: {error}");
        }
    }
}
