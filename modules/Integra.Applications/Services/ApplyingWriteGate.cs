using Microsoft.EntityFrameworkCore;

namespace Integra.Applications.Services;

/// <summary>
/// Submissions and uploads queue here, in order, for their short write transaction. SQLite has one writer at a
/// time, and a writer that finds the database locked sleeps and polls: under a deadline surge most of the time went
/// to waiting and the unluckiest waited past the busy timeout. On PostgreSQL the submissions of one call meet on
/// the call's counter row; a few at a time keep the others from holding pooled connections while they wait.
/// </summary>
public sealed class ApplyingWriteGate
{
    private const int PostgresWriters = 8;

    private readonly SemaphoreSlim _sqlite = new(1, 1);
    private readonly SemaphoreSlim _postgres = new(PostgresWriters, PostgresWriters);

    public async Task<IDisposable> EnterAsync(DbContext db, CancellationToken cancellationToken)
    {
        var gate = db.Database.IsSqlite() ? _sqlite : _postgres;
        await gate.WaitAsync(cancellationToken);
        return new Release(gate);
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
