using Integra.Applications.Data;
using Integra.Applications.Forms;
using Integra.Applications.Services;
using Integra.Contents.Services;
using Integra.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Integra.Tests.Integration.Applications;

public sealed class SqliteCallSetupsTests() : CallSetupsTests("Sqlite");

public sealed class PostgresCallSetupsTests() : CallSetupsTests("Postgres");

/// <summary>Every translation of a call leads to one call setup, whose form freezes once the call is open.</summary>
public abstract class CallSetupsTests(string provider) : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private IntegraAppFactory _app = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        _app = new IntegraAppFactory(_database);
        _ = _app.ServerAddress;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task The_Albanian_and_English_pages_of_an_open_call_share_one_setup_whose_form_is_frozen_and_edited_as_a_new_version()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var setups = scope.ServiceProvider.GetRequiredService<CallSetups>();
        var albanian = await content.FindPublishedAsync("sq", "calls", "shembull-grante-biznesi-2", Cancel);
        var english = await content.FindPublishedAsync("en", "calls", "example-business-grants-2", Cancel);

        var fromAlbanian = await setups.ForContentItemAsync(albanian!.ContentItemId, Cancel);
        var fromEnglish = await setups.ForContentItemAsync(english!.ContentItemId, Cancel);

        Assert.Equal(fromAlbanian!.Id, fromEnglish!.Id);
        Assert.Equal("2", fromAlbanian.Component);
        var form = await setups.FormForNewApplicationAsync(fromAlbanian, Cancel);
        Assert.NotNull(form.FrozenUtc);
        Assert.Equal("Personal number", setups.Schema(fromAlbanian, form).Fields.Single(f => f.Person == PersonField.PersonalNumber).Label.For("en"));
        Assert.Equal("Лични број", setups.Schema(fromAlbanian, form).Fields.Single(f => f.Person == PersonField.PersonalNumber).Label.For("sr-Cyrl"));

        var editable = await setups.EditableFormAsync(fromAlbanian, Cancel);
        Assert.Equal(form.Version + 1, editable.Version);
        Assert.Null(editable.FrozenUtc);
        var db = scope.ServiceProvider.GetRequiredService<ApplicationsDbContext>();
        Assert.Equal(1, await db.Calls.CountAsync(Cancel));
        Assert.True((await setups.WindowAsync(fromAlbanian, Cancel)).IsOpenAt(DateTime.UtcNow));
    }
}
