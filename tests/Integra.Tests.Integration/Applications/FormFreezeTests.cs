using Integra.Applications.Data;
using Integra.Applications.Forms;
using Integra.Applications.Services;
using Integra.Contents.Services;
using Integra.Core.Localization;
using Integra.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Integra.Tests.Integration.Applications;

public sealed class SqliteFormFreezeTests() : FormFreezeTests("Sqlite");

public sealed class PostgresFormFreezeTests() : FormFreezeTests("Postgres");

/// <summary>The form of an open call is frozen once, whoever arrives first: applicants at once, or an editor saving at the opening instant.</summary>
public abstract class FormFreezeTests(string provider) : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private IntegraAppFactory _app = null!;
    private Integra.Applications.Data.CallSetup _setup = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        _app = new IntegraAppFactory(_database);
        _ = _app.ServerAddress;
        await using var scope = _app.Services.CreateAsyncScope();
        var call = await scope.ServiceProvider.GetRequiredService<IContentManager>().FindPublishedAsync("sq", "calls", "shembull-grante-biznesi-2", Cancel);
        _setup = (await scope.ServiceProvider.GetRequiredService<CallSetups>().ForContentItemAsync(call!.ContentItemId, Cancel))!;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task First_applicants_starting_at_the_same_moment_all_follow_the_one_version_frozen_for_them()
    {
        using var start = new SemaphoreSlim(0);
        var starting = Enumerable.Range(0, 12).Select(async i =>
        {
            await using var scope = _app.Services.CreateAsyncScope();
            var applying = scope.ServiceProvider.GetRequiredService<Integra.Applications.Services.Applying>();
            await start.WaitAsync(Cancel);
            var application = await applying.StartAsync(_setup, $"applicant-{i}", $"applicant{i}@example.org", Cultures.Default, Cancel);
            return application.FormVersionId;
        }).ToList();
        start.Release(starting.Count);

        var used = (await Task.WhenAll(starting)).Distinct().ToList();

        var forms = await FormsAsync();
        var form = Assert.Single(forms);
        Assert.Equal([form.Id], used);
        Assert.NotNull(form.FrozenUtc);
        Assert.Equal(12, await CountApplicationsAsync());
    }

    [Fact]
    public async Task An_edit_loaded_before_an_applicant_froze_the_form_is_refused_and_the_applicant_keeps_the_form_as_frozen()
    {
        await using var editorScope = _app.Services.CreateAsyncScope();
        var editorSetups = editorScope.ServiceProvider.GetRequiredService<CallSetups>();
        var editing = await editorSetups.EditableFormAsync(_setup, Cancel);
        Assert.Null(editing.FrozenUtc);

        await using (var applicantScope = _app.Services.CreateAsyncScope())
        {
            await applicantScope.ServiceProvider.GetRequiredService<Integra.Applications.Services.Applying>().StartAsync(_setup, "arta", "arta@example.org", Cultures.Default, Cancel);
        }

        var schema = FormSchema.FromJson(editing.SchemaJson);
        editing.SchemaJson = (schema with { Steps = schema.Steps.Skip(1).ToList() }).ToJson();
        editing.Revision = Guid.NewGuid();
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => editorScope.ServiceProvider.GetRequiredService<ApplicationsDbContext>().SaveChangesAsync(Cancel));

        var form = Assert.Single(await FormsAsync());
        Assert.NotNull(form.FrozenUtc);
        Assert.Equal(schema.Steps.Count, FormSchema.FromJson(form.SchemaJson).Steps.Count);
    }

    [Fact]
    public async Task Applicants_starting_while_an_editor_changes_the_open_call_form_each_start_on_a_frozen_version_that_holds_no_later_edit()
    {
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            Assert.Null((await scope.ServiceProvider.GetRequiredService<CallSetups>().LatestFormAsync(_setup, Cancel)).FrozenUtc);
        }

        var originalSteps = FormSchema.FromJson((await FormsAsync()).Single().SchemaJson).Steps.Count;
        using var start = new SemaphoreSlim(0);
        var applicants = Enumerable.Range(0, 8).Select(async i =>
        {
            await using var scope = _app.Services.CreateAsyncScope();
            await start.WaitAsync(Cancel);
            return (await scope.ServiceProvider.GetRequiredService<Integra.Applications.Services.Applying>().StartAsync(_setup, $"applicant-{i}", null, Cultures.Default, Cancel)).FormVersionId;
        }).ToList();
        var editor = Task.Run(async () =>
        {
            await using var scope = _app.Services.CreateAsyncScope();
            var setups = scope.ServiceProvider.GetRequiredService<CallSetups>();
            await start.WaitAsync(Cancel);
            await setups.FormForNewApplicationAsync(_setup, Cancel);
            var editable = await setups.EditableFormAsync(_setup, Cancel);
            var schema = FormSchema.FromJson(editable.SchemaJson);
            editable.SchemaJson = (schema with { Steps = schema.Steps.Take(schema.Steps.Count - 1).ToList() }).ToJson();
            editable.Revision = Guid.NewGuid();
            await scope.ServiceProvider.GetRequiredService<ApplicationsDbContext>().SaveChangesAsync(Cancel);
        }, Cancel);
        start.Release(applicants.Count + 1);

        var used = (await Task.WhenAll(applicants)).Distinct().ToList();
        await editor;

        var forms = await FormsAsync();
        Assert.Equal([1, 2], forms.Select(f => f.Version));
        Assert.NotNull(forms[0].FrozenUtc);
        Assert.Equal(originalSteps, FormSchema.FromJson(forms[0].SchemaJson).Steps.Count);
        Assert.Equal(originalSteps - 1, FormSchema.FromJson(forms[1].SchemaJson).Steps.Count);
        Assert.All(used, id => Assert.NotNull(forms.Single(f => f.Id == id).FrozenUtc));
    }

    private async Task<List<FormVersion>> FormsAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ApplicationsDbContext>().FormVersions.AsNoTracking()
            .Where(f => f.CallSetupId == _setup.Id).OrderBy(f => f.Version).ToListAsync(Cancel);
    }

    private async Task<int> CountApplicationsAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ApplicationsDbContext>().Applications.CountAsync(Cancel);
    }
}
