using Integra.Templates.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Integra.Templates.Services;

/// <summary>
/// Which templates staff have edited, at which revision. Rendering asks this instead of the database; it
/// rereads the small list at most every <see cref="TemplatesOptions.RecheckInterval"/>, so an edit made on
/// another node arrives within that interval, and at once on the node where it was made.
/// </summary>
public sealed class EditedTemplateIndex(IOptions<TemplatesOptions> options, TimeProvider clock)
{
    private readonly SemaphoreSlim _reload = new(1, 1);
    private volatile Snapshot? _snapshot;

    public async Task<IReadOnlyDictionary<string, int>> RevisionsAsync(TemplatesDbContext db, CancellationToken cancellationToken)
    {
        var snapshot = _snapshot;
        if (snapshot is not null && (IsFresh(snapshot) || !await _reload.WaitAsync(0, cancellationToken)))
        {
            // Fresh, or another request is already rereading it: the list in hand is good enough.
            return snapshot.Revisions;
        }

        if (snapshot is null)
        {
            await _reload.WaitAsync(cancellationToken);
        }

        try
        {
            if (_snapshot is { } current && IsFresh(current))
            {
                return current.Revisions;
            }

            var now = clock.GetUtcNow();
            var revisions = await db.Templates.AsNoTracking().Select(t => new { t.Name, t.Revision }).ToDictionaryAsync(t => t.Name, t => t.Revision, StringComparer.Ordinal, cancellationToken);
            _snapshot = new Snapshot(now, revisions);
            return revisions;
        }
        finally
        {
            _reload.Release();
        }
    }

    public void Invalidate() => _snapshot = null;

    private bool IsFresh(Snapshot snapshot) => clock.GetUtcNow() - snapshot.LoadedAt < options.Value.RecheckInterval;

    private sealed record Snapshot(DateTimeOffset LoadedAt, Dictionary<string, int> Revisions);
}
