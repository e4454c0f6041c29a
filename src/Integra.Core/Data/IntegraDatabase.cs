using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Integra.Core.Hosting;
using Microsoft.Extensions.Options;

namespace Integra.Core.Data;

/// <summary>Points every DbContext of every module at the one configured database.</summary>
public static class IntegraDatabase
{
    public static IServiceCollection AddIntegraDbContext<TContext>(this IServiceCollection services) where TContext : DbContext
    {
        // Pooled, with options built once from configuration: a public page resolves several contexts (content,
        // settings, menus, templates), and building a context and its options for each showed in its profile.
        // The contexts take nothing but their options, so a reset pooled instance is as good as a new one.
        services.AddDbContextPool<TContext>((sp, options) =>
            Configure(options, typeof(TContext), sp.GetRequiredService<IOptions<DatabaseOptions>>().Value, sp.GetRequiredService<AppDataFolder>().Path));
        return services;
    }

    public static void Configure(DbContextOptionsBuilder options, Type contextType, DatabaseOptions database, string appDataFolder)
    {
        // Each module keeps its own schema history, so modules evolve independently in one database.
        var historyTable = "__schema_" + contextType.Name.Replace("DbContext", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        var migrationsAssembly = contextType.Assembly.GetName().Name;
        if (database.IsPostgres)
        {
            options.UseNpgsql(database.ConnectionString, o => o.MigrationsHistoryTable(historyTable).MigrationsAssembly(migrationsAssembly));
        }
        else
        {
            options.UseSqlite(SqliteConnectionString(database, appDataFolder), o => o.MigrationsHistoryTable(historyTable).MigrationsAssembly(migrationsAssembly));
        }

        // Migrations are written by hand to run on both providers, without a provider-specific model snapshot.
        options.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
        options.ReplaceService<IMigrationsIdGenerator, NumberedMigrationsIdGenerator>();
    }

    public static string SqliteConnectionString(DatabaseOptions database, string appDataFolder)
    {
        if (!string.IsNullOrWhiteSpace(database.ConnectionString))
        {
            return database.ConnectionString;
        }

        return new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(appDataFolder, "integra.db"),
            DefaultTimeout = 30,
            Pooling = true,
        }.ToString();
    }
}
