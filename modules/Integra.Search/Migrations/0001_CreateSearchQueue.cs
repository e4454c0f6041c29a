using Integra.Search.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Integra.Search.Migrations;

[DbContext(typeof(SearchDbContext))]
[Migration("0001_CreateSearchQueue")]
public sealed class CreateSearchQueue : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "search_queue",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                ContentItemId = table.Column<string>(maxLength: 100, nullable: false),
                Culture = table.Column<string>(maxLength: 16, nullable: false),
                Operation = table.Column<string>(maxLength: 16, nullable: false),
                EnqueuedUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_search_queue", x => x.Id));

        migrationBuilder.CreateTable(
            name: "search_cursors",
            columns: table => new
            {
                NodeId = table.Column<string>(maxLength: 200, nullable: false),
                LastQueueId = table.Column<long>(nullable: false),
                UpdatedUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_search_cursors", x => x.NodeId));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "search_cursors");
        migrationBuilder.DropTable(name: "search_queue");
    }
}
