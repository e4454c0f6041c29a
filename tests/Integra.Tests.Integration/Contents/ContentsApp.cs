using Integra.Contents.Services;
using Integra.Core.Security;
using Integra.Testing;
using Integra.Testing.Kernel;
using Microsoft.Extensions.DependencyInjection;

namespace Integra.Tests.Integration.Contents;

/// <summary>A host with the test notice type enabled, a clock the test moves, and an editor.</summary>
public sealed class ContentsApp : IAsyncDisposable
{
    public const string EditorEmail = "editor@integra.test";
    public const string SecondEditorEmail = "editor2@integra.test";
    public const string Password = "Editor-Password-2026!";

    private ContentsApp(TestDatabase database, IntegraAppFactory app, ShiftedClock clock) => (Database, App, Clock) = (database, app, clock);

    public TestDatabase Database { get; }

    public IntegraAppFactory App { get; }

    public ShiftedClock Clock { get; }

    public static async Task<ContentsApp> StartAsync(string provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var clock = new ShiftedClock();
        var app = new IntegraAppFactory(database) { Clock = clock };
        await app.EnableFeaturesAsync([NoticesFixtureModule.Feature], TestContext.Current.CancellationToken);
        await app.CreateUserAsync(EditorEmail, Password, Roles.Editor);
        await app.CreateUserAsync(SecondEditorEmail, Password, Roles.Editor);
        return new ContentsApp(database, app, clock);
    }

    /// <summary>Runs the action with the content store of a fresh request scope, as one request would.</summary>
    public async Task<T> WithContentsAsync<T>(Func<IContentManager, Task<T>> action)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<IContentManager>());
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Database.DisposeAsync();
    }
}
