using Microsoft.EntityFrameworkCore;

namespace Integra.Applications.Services;

/// <summary>
/// SQLite has one writer at a time; a writer that finds the database locked sleeps and polls, so under a deadline
/// surge most of the time goes to waiting and the unluckiest wait past the busy timeout. Submissions and uploads
/// therefore queue here, in order, for their short write transaction. PostgreSQL locks rows and needs no queue.
/// </summary>
public sealed class ApplyingWriteGate
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<IDisposable?> EnterAsync(DbContext db, CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite())
        {
            return null;
        }

        await _gate.WaitAsync(cancellationToken);
        return new Release(_gate);
    }

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
