using Integra.People.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Integra.People.Migrations;

/// <summary>
/// The duplicate check on every submission looks people up by birth date and municipality; without this index it
/// read the whole registry each time.
/// </summary>
[DbContext(typeof(PeopleDbContext))]
[Migration("0004_BirthDateIndex")]
public sealed class BirthDateIndex : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.CreateIndex(name: "IX_people_persons_BirthDate_Municipality", table: "people_persons", columns: ["BirthDate", "Municipality"]);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropIndex(name: "IX_people_persons_BirthDate_Municipality", table: "people_persons");
}
