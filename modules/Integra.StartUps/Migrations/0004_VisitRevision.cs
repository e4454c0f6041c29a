using Integra.StartUps.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Integra.StartUps.Migrations;

/// <summary>
/// Monitoring visits get a revision, so a correction saved from a form opened before someone else's save is refused
/// instead of overwriting it. Visits already there get a revision each, in the form each provider keeps a Guid in.
/// </summary>
[DbContext(typeof(StartUpsDbContext))]
[Migration("0004_VisitRevision")]
public sealed class VisitRevision : Migration
{
    // EF Core keeps a Guid on SQLite as upper-case text with dashes; compared as text, it must be written that way.
    private const string SqliteGuid =
        "hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(6))";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<Guid>(name: "Revision", table: "su_visits", nullable: false, defaultValue: Guid.Empty);
        migrationBuilder.Sql($"UPDATE su_visits SET \"Revision\" = {(migrationBuilder.IsNpgsql() ? "gen_random_uuid()" : SqliteGuid)};");
    }

    // In SQL: EF Core's SQLite provider drops a column only by rebuilding the table from a model snapshot, which these
    // hand-written migrations do not keep; SQLite (3.35 on) and PostgreSQL both drop it with this statement.
    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("ALTER TABLE su_visits DROP COLUMN \"Revision\";");
}
