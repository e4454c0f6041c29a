using Integra.TestModule.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Integra.TestModule.Migrations;

/// <summary>The notice board's first shape. Tests migrate to exactly this one to build an old database.</summary>
[DbContext(typeof(NoticesDbContext))]
[Migration(Id)]
public sealed class CreateNotices : Migration
{
    public const string Id = "0001_CreateNotices";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "test_notices",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Title = table.Column<string>(maxLength: 200, nullable: false),
                Body = table.Column<string>(nullable: true),
                PublishedUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_test_notices", x => x.Id));

        migrationBuilder.CreateTable(
            name: "test_notice_counter_runs",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Node = table.Column<string>(maxLength: 64, nullable: false),
                StartedUtc = table.Column<DateTime>(nullable: false),
                FinishedUtc = table.Column<DateTime>(nullable: false),
                NoticeCount = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_test_notice_counter_runs", x => x.Id));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "test_notice_counter_runs");
        migrationBuilder.DropTable(name: "test_notices");
    }
}
