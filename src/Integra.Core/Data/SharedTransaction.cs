using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Integra.Core.Data;

/// <summary>
/// Other modules' contexts writing inside one context's open transaction, on its connection: on SQLite the single
/// writer is then never waited for by the same request, and a rollback takes every module's rows. Disposing gives
/// each joined context its own connection back; the contexts are pooled and outlive the request, and one returned
/// to the pool still holding this connection would share it with the next request that gets it (two commands at
/// once on one connection fail, a 500 that showed only under load).
/// </summary>
public sealed class SharedTransaction : IDisposable
{
    private readonly List<(DbContext Context, string? ConnectionString)> _joined = [];

    private SharedTransaction()
    {
    }

    /// <summary>Joins <paramref name="others"/> to <paramref name="owner"/>'s current transaction; without one, nothing is joined.</summary>
    public static SharedTransaction Join(DbContext owner, params DbContext[] others)
    {
        var shared = new SharedTransaction();
        if (owner.Database.CurrentTransaction is not { } transaction)
        {
            return shared;
        }

        var connection = owner.Database.GetDbConnection();
        foreach (var other in others)
        {
            shared._joined.Add((other, other.Database.GetConnectionString()));
            other.Database.SetDbConnection(connection, contextOwnsConnection: false);
            other.Database.UseTransaction(transaction.GetDbTransaction());
        }

        return shared;
    }

    public void Dispose()
    {
        foreach (var (other, connectionString) in _joined)
        {
            other.Database.UseTransaction(null);
            other.Database.SetDbConnection(null, contextOwnsConnection: true);
            other.Database.SetConnectionString(connectionString);
        }

        _joined.Clear();
    }
}
