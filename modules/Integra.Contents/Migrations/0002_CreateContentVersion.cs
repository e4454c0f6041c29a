using Integra.Contents.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Integra.Contents.Migrations;

/// <summary>The content version row that tells every node when its cached published content is out of date.</summary>
[DbContext(typeof(ContentsDbContext))]
[Migration("0002_CreateContentVersion")]
public sealed class CreateContentVersion : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "content_version",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false),
                Version = table.Column<long>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_content_version", x => x.Id));

        // Plain SQL rather than InsertData: these migrations carry no model for EF to map the values with.
        migrationBuilder.Sql($"INSERT INTO content_version (\"Id\", \"Version\") VALUES ({ContentVersion.SingletonId}, 0);");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "content_version");
}
