using Integra.TestModule.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Integra.TestModule.Migrations;

/// <summary>Notices can be pinned to the top. Existing notices take the column's default: not pinned.</summary>
[DbContext(typeof(NoticesDbContext))]
[Migration(Id)]
public sealed class AddPinnedNotices : Migration
{
    public const string Id = "0002_AddPinnedNotices";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<bool>(
            name: "Pinned",
            table: "test_notices",
            nullable: false,
            defaultValue: false);

        migrationBuilder.CreateIndex(
            name: "IX_test_notices_Pinned_PublishedUtc",
            table: "test_notices",
            columns: ["Pinned", "PublishedUtc"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(name: "IX_test_notices_Pinned_PublishedUtc", table: "test_notices");
        migrationBuilder.DropColumn(name: "Pinned", table: "test_notices");
    }
}
