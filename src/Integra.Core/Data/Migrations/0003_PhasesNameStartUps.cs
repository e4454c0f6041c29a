using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Integra.Core.Data.Migrations;

/// <summary>
/// Kept for sites seeded before component 2's module had its real feature id: their default phases name the
/// placeholder "Integra.Component2", which no module provides, so applying a phase never switched component 2.
/// Each phase that still names the placeholder (as seeded, or kept there by an admin's edit) names
/// "Integra.StartUps" in its place, as a fresh site's phases do; a phase an admin took component 2 out of, or
/// already gave the real id, is left as it is.
/// </summary>
[DbContext(typeof(CoreDbContext))]
[Migration("0003_PhasesNameStartUps")]
public sealed class PhasesNameStartUps : Migration
{
    private const string Placeholder = "Integra.Component2";

    private const string Feature = "Integra.StartUps";

    // Features are stored one id a line; wrapped in line breaks, each id is matched whole on SQLite and PostgreSQL alike.
    private const string Wrapped = "'\n' || \"Features\" || '\n'";

    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(
            $"UPDATE core_phases SET \"Features\" = TRIM(REPLACE({Wrapped}, '\n{Placeholder}\n', '\n{Feature}\n'), '\n') " +
            $"WHERE {Wrapped} LIKE '%\n{Placeholder}\n%' AND {Wrapped} NOT LIKE '%\n{Feature}\n%';");

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        // The placeholder names no module: there is nothing to step back to.
    }
}
