using System.Text.Json;
using Integra.Applications;
using Integra.Applications.Data;
using Integra.Applications.Services;
using Integra.Contents.Services;
using Integra.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Integra.Tests.Integration.CallSetup;

/// <summary>A host for the call setup tests, with the example calls of the seed and applications made straight in the database.</summary>
public sealed class CallSetupApp : IAsyncDisposable
{
    public const string PublicOrigin = "https://apply.integra.test";

    /// <summary>Open now (seeded to have opened ten days ago).</summary>
    public const string OpenCallSlug = "shembull-grante-biznesi-2";

    /// <summary>Opens in two weeks.</summary>
    public const string UpcomingCallSlug = "shembull-aftesim-profesional-2";

    private CallSetupApp(TestDatabase database, IntegraAppFactory app) => (Database, App) = (database, app);

    public TestDatabase Database { get; }

    public IntegraAppFactory App { get; }

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static async Task<CallSetupApp> StartAsync(string provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var app = new IntegraAppFactory(database, new Dictionary<string, string?> { [ApplicationMailer.PublicOriginSetting] = PublicOrigin });
        _ = app.ServerAddress;
        return new CallSetupApp(database, app);
    }

    /// <summary>The content item id of the Albanian page of a seeded call.</summary>
    public async Task<string> CallItemIdAsync(string slug)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var item = await scope.ServiceProvider.GetRequiredService<IContentManager>().FindPublishedAsync("sq", "calls", slug, Cancel);
        return item!.ContentItemId;
    }

    public async Task<Integra.Applications.Data.CallSetup> SetupAsync(string slug)
    {
        var itemId = await CallItemIdAsync(slug);
        await using var scope = App.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<CallSetups>().ForContentItemAsync(itemId, Cancel))!;
    }

    /// <summary>Changes a call's setup in the database, as staff would on the setup screen.</summary>
    public async Task UpdateSetupAsync(long setupId, Action<Integra.Applications.Data.CallSetup> change)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationsDbContext>();
        var setup = await db.Calls.FindAsync([setupId], Cancel);
        change(setup!);
        setup!.Revision = Guid.NewGuid();
        await db.SaveChangesAsync(Cancel);
    }

    /// <summary>An application to the call with the answers given, in the state given.</summary>
    public async Task<Application> CreateApplicationAsync(
        string slug, string culture, string? userId, IReadOnlyDictionary<string, object> answers, ApplicationStatus status = ApplicationStatus.Submitted, string? reference = null, long? personId = null)
    {
        var setup = await SetupAsync(slug);
        await using var scope = App.Services.CreateAsyncScope();
        var form = await scope.ServiceProvider.GetRequiredService<CallSetups>().FormForNewApplicationAsync(setup, Cancel);
        var db = scope.ServiceProvider.GetRequiredService<ApplicationsDbContext>();
        var now = DateTime.UtcNow;
        var application = new Application
        {
            CallSetupId = setup.Id,
            Culture = culture,
            FormVersionId = form.Id,
            ApplicantUserId = userId,
            PersonId = personId,
            Reference = reference,
            Status = status,
            AnswersJson = JsonSerializer.Serialize(answers),
            CreatedUtc = now,
            UpdatedUtc = now,
            SubmittedUtc = status == ApplicationStatus.Draft ? null : now,
            Revision = Guid.NewGuid(),
        };
        db.Applications.Add(application);
        await db.SaveChangesAsync(Cancel);
        return application;
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Database.DisposeAsync();
    }
}
