using Integra.Applications.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Integra.Applications.Migrations;

[DbContext(typeof(ApplicationsDbContext))]
[Migration("0002_CreateMessageTemplates")]
public sealed class CreateMessageTemplates : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "app_message_templates",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                MessageKey = table.Column<string>(maxLength: ApplicationLimits.Code, nullable: false),
                Culture = table.Column<string>(maxLength: ApplicationLimits.Culture, nullable: false),
                Subject = table.Column<string>(maxLength: MessageTemplate.MaxSubjectLength, nullable: false),
                Body = table.Column<string>(nullable: false),
                Revision = table.Column<int>(nullable: false),
                ModifiedBy = table.Column<string>(maxLength: ApplicationLimits.Name, nullable: true),
                ModifiedUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_app_message_templates", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_app_message_templates_MessageKey_Culture", table: "app_message_templates", columns: ["MessageKey", "Culture"], unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "app_message_templates");
}
