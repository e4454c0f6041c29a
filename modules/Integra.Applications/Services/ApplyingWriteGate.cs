using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;

namespace Integra.Applications.Services;

/// <summary>
/// Submissions, uploads and step saves queue here, in order, for their short write transaction. SQLite has one
/// writer at a time, and a writer that finds the database locked sleeps and polls: under a deadline surge most of
/// the time went to waiting and the unluckiest waited past the busy timeout. On PostgreSQL the submissions of one
/// call meet on the call's counter row; a few at a time keep the others from holding pooled connections while
/// they wait.
/// </summary>
/// <remarks>
/// On SQLite the queued transactions run one after the other on a thread of their own. Handed from one waiter to
/// the next through the thread pool, each turn first waited behind everything else queued there (a surge's
/// hundreds of uploads being read), and that wait, taken in turn by every writer, set the surge's pace. SQLite's
/// calls complete without yielding, so a transaction runs start to end on that thread; its caller's context
/// (culture, user, request) goes with it.
/// </remarks>
public sealed class ApplyingWriteGate : IDisposable
{
    private const int PostgresWriters = 8;

    private readonly SemaphoreSlim _postgres = new(PostgresWriters, PostgresWriters);
    private readonly BlockingCollection<Action> _sqlite = [];
    private readonly Thread _writer;

    public ApplyingWriteGate()
    {
        _writer = new Thread(Write) { IsBackground = true, Name = "Integra SQLite writer" };
        _writer.Start();
    }

    public async Task RunAsync(DbContext db, Func<Task> transaction, CancellationToken cancellationToken) =>
        await RunAsync(db, async () =>
        {
            await transaction();
            return true;
        }, cancellationToken);

    public async Task<T> RunAsync<T>(DbContext db, Func<Task<T>> transaction, CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite())
        {
            await _postgres.WaitAsync(cancellationToken);
            try
            {
                return await transaction();
            }
            finally
            {
                _postgres.Release();
            }
        }

        if (Thread.CurrentThread == _writer)
        {
            return await transaction();
        }

        var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        var context = ExecutionContext.Capture();
        _sqlite.Add(() =>
        {
            if (cancellationToken.IsCancellationRequested)
            {
                done.TrySetCanceled(cancellationToken);
                return;
            }

            try
            {
                var result = default(T);
                if (context is null)
                {
                    result = transaction().GetAwaiter().GetResult();
                }
                else
                {
                    ExecutionContext.Run(context, _ => result = transaction().GetAwaiter().GetResult(), null);
                }

                done.TrySetResult(result!);
            }
            catch (Exception e)
            {
                done.TrySetException(e);
            }
        }, cancellationToken);
        return await done.Task;
    }

    public void Dispose()
    {
        _sqlite.CompleteAdding();
        _postgres.Dispose();
    }

    private void Write()
    {
        foreach (var work in _sqlite.GetConsumingEnumerable())
        {
            work();
        }
    }
}
