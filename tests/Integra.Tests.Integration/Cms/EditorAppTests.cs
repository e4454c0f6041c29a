using Integra.Core.Security;
using Integra.Testing;

namespace Integra.Tests.Integration.Cms;

/// <summary>Tests on a fresh site (database and host of their own) with one editor, who signs in through <see cref="SignInEditorAsync"/>.</summary>
public abstract class EditorAppTests(string provider, string editorEmail) : IAsyncLifetime
{
    private const string Password = "Editor-Password-2026!";

    private TestDatabase _database = null!;

    protected IntegraAppFactory App { get; private set; } = null!;

    protected static CancellationToken Cancel => TestContext.Current.CancellationToken;

    protected Task<HttpClient> SignInEditorAsync() => App.CreateSignedInClientAsync(editorEmail);

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        App = new IntegraAppFactory(_database);
        await App.CreateUserAsync(editorEmail, Password, Roles.Editor);
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await _database.DisposeAsync();
    }
}
