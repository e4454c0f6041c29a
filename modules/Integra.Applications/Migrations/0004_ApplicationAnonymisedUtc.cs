using Integra.Applications.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Integra.Applications.Migrations;

[DbContext(typeof(ApplicationsDbContext))]
[Migration("0004_ApplicationAnonymisedUtc")]
public sealed class ApplicationAnonymisedUtc : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<DateTime>(name: "AnonymisedUtc", table: "app_applications", nullable: true);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropColumn(name: "AnonymisedUtc", table: "app_applications");
}
