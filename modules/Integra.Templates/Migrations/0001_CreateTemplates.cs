using Integra.Templates.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Integra.Templates.Migrations;

[DbContext(typeof(TemplatesDbContext))]
[Migration("0001_CreateTemplates")]
public sealed class CreateTemplates : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "templates_templates",
            columns: table => new
            {
                Name = table.Column<string>(maxLength: 200, nullable: false),
                Source = table.Column<string>(nullable: false),
                ModifiedBy = table.Column<string>(maxLength: 256, nullable: true),
                ModifiedUtc = table.Column<DateTime>(nullable: false),
                Revision = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_templates_templates", x => x.Name));

        migrationBuilder.CreateTable(
            name: "templates_errors",
            columns: table => new
            {
                Name = table.Column<string>(maxLength: 200, nullable: false),
                Origin = table.Column<string>(maxLength: 20, nullable: false),
                Message = table.Column<string>(maxLength: 2000, nullable: false),
                Utc = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_templates_errors", x => x.Name));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "templates_errors");
        migrationBuilder.DropTable(name: "templates_templates");
    }
}
