using Integra.Applications.Data;
using Integra.Applications.Forms;
using Integra.Cms.Models;
using Integra.Contents.Models;
using Integra.Contents.Services;
using Integra.Core.Features;
using Integra.Core.Localization;
using Integra.Core.Modules;
using Microsoft.EntityFrameworkCore;

namespace Integra.Applications.Services;

/// <summary>When a call takes applications: what the server receives at or after <see cref="ClosesUtc"/> is refused.</summary>
public sealed record CallWindow(DateTime? OpensUtc, DateTime? ClosesUtc)
{
    public bool IsOpenAt(DateTime utc) => (OpensUtc is not { } o || utc >= o) && (ClosesUtc is not { } c || utc < c);

    public bool HasClosedAt(DateTime utc) => ClosesUtc is { } c && utc >= c;
}

/// <summary>
/// The engine's side of each call: found or created from the call's published content item, with its dates from
/// that item (the Albanian one governs, as the default culture) and the form new applications follow.
/// </summary>
public sealed class CallSetups(
    ApplicationsDbContext db,
    IContentManager content,
    TimeProvider clock,
    FeatureContributions contributions,
    FeatureState features,
    IServiceProvider services)
{
    public Task<CallSetup?> GetAsync(long id, CancellationToken cancellationToken) =>
        db.Calls.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);

    /// <summary>The setup of the published call with this content item id (any of its translations), created on first use.</summary>
    public async Task<CallSetup?> ForContentItemAsync(string contentItemId, CancellationToken cancellationToken)
    {
        var call = await content.GetPublishedAsync(contentItemId, cancellationToken);
        return call is { ContentType: CmsContentTypes.Call } ? await GetOrCreateAsync(call, cancellationToken) : null;
    }

    public async Task<CallSetup> GetOrCreateAsync(ContentItem call, CancellationToken cancellationToken)
    {
        if (await db.Calls.FirstOrDefaultAsync(c => c.CallId == call.TranslationSetId, cancellationToken) is { } existing)
        {
            return existing;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var setup = new CallSetup
        {
            CallId = call.TranslationSetId,
            Component = call.Text(CmsContentTypes.Fields.Component) ?? "2",
            CallNumber = (int)(call.Number(CmsContentTypes.Fields.CallNumber) ?? 1),
            CreatedUtc = now,
            UpdatedUtc = now,
            Revision = Guid.NewGuid(),
        };
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            db.Calls.Add(setup);
            await db.SaveChangesAsync(cancellationToken);
            db.FormVersions.Add(new FormVersion { CallSetupId = setup.Id, Version = 1, SchemaJson = DefaultForm.Create().ToJson(), UpdatedUtc = now, Revision = Guid.NewGuid() });
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return setup;
        }
        catch (DbUpdateException)
        {
            // Another request created it first (unique CallId): use theirs.
            db.ChangeTracker.Clear();
            return await db.Calls.FirstAsync(c => c.CallId == call.TranslationSetId, cancellationToken);
        }
    }

    /// <summary>The call's published page in <paramref name="culture"/>, else in Albanian, else in any culture.</summary>
    public async Task<ContentItem?> CallItemAsync(CallSetup setup, string culture, CancellationToken cancellationToken)
    {
        var translations = await content.GetTranslationsAsync(setup.CallId, publishedOnly: true, cancellationToken);
        return translations.GetValueOrDefault(culture) ?? translations.GetValueOrDefault(Cultures.Albanian) ?? translations.Values.FirstOrDefault();
    }

    public async Task<CallWindow> WindowAsync(CallSetup setup, CancellationToken cancellationToken)
    {
        var call = await CallItemAsync(setup, Cultures.Albanian, cancellationToken);
        return call is null
            ? new CallWindow(null, DateTime.MinValue)
            : new CallWindow(call.UtcDateTime(CmsContentTypes.Fields.OpensAt), call.UtcDateTime(CmsContentTypes.Fields.ClosesAt));
    }

    /// <summary>
    /// The form a new application follows: the latest version, frozen from the moment the call is open. Freezing is
    /// one conditional update of the version read, so of applicants and editors arriving at once the first freezes it
    /// and the others find it frozen; the returned version is read back as stored, and since freezing changes its
    /// revision, an editor who loaded it before can no longer save over it.
    /// </summary>
    public async Task<FormVersion> FormForNewApplicationAsync(CallSetup setup, CancellationToken cancellationToken)
    {
        var form = await LatestFormAsync(setup, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        if (form.FrozenUtc is not null || (await WindowAsync(setup, cancellationToken)).OpensUtc is not { } opens || now < opens)
        {
            return form;
        }

        var revision = Guid.NewGuid();
        await db.FormVersions.Where(f => f.Id == form.Id && f.FrozenUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(f => f.FrozenUtc, now).SetProperty(f => f.Revision, revision), cancellationToken);
        await db.Entry(form).ReloadAsync(cancellationToken);
        return form;
    }

    /// <summary>
    /// The version staff edit: the latest, or a new copy of it when the latest is frozen, so applications already
    /// started keep the form they were started on. The copy is only added: the caller saves it with its change in
    /// one statement, so no applicant can start on (and freeze) a copy before it holds the change.
    /// </summary>
    public async Task<FormVersion> EditableFormAsync(CallSetup setup, CancellationToken cancellationToken)
    {
        var latest = await LatestFormAsync(setup, cancellationToken);
        if (latest.FrozenUtc is null)
        {
            return latest;
        }

        var copy = new FormVersion
        {
            CallSetupId = setup.Id,
            Version = latest.Version + 1,
            SchemaJson = latest.SchemaJson,
            UpdatedUtc = clock.GetUtcNow().UtcDateTime,
            Revision = Guid.NewGuid(),
        };
        db.FormVersions.Add(copy);
        return copy;
    }

    public async Task<FormVersion> LatestFormAsync(CallSetup setup, CancellationToken cancellationToken) =>
        await db.FormVersions.Where(f => f.CallSetupId == setup.Id).OrderByDescending(f => f.Version).FirstAsync(cancellationToken);

    /// <summary>The form's schema with what component modules add in code for the call's type.</summary>
    public FormSchema Schema(CallSetup setup, FormVersion form)
    {
        var schema = FormSchema.FromJson(form.SchemaJson);
        foreach (var contributor in contributions.Enabled<IFormContributor>(features, services).Where(c => c.CallType == setup.CallType))
        {
            schema = contributor.Contribute(schema);
        }

        return schema;
    }
}
