using Integra.Cms.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Integra.Cms.Migrations;

[DbContext(typeof(CmsDbContext))]
[Migration("0001_CreateContactMessages")]
public sealed class CreateContactMessages : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "cms_contact_messages",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Name = table.Column<string>(maxLength: ContactLimits.Name, nullable: false),
                Email = table.Column<string>(maxLength: ContactLimits.Email, nullable: false),
                Message = table.Column<string>(maxLength: ContactLimits.Message, nullable: false),
                Culture = table.Column<string>(maxLength: 16, nullable: false),
                CreatedUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_cms_contact_messages", x => x.Id));

        migrationBuilder.CreateIndex(name: "IX_cms_contact_messages_CreatedUtc", table: "cms_contact_messages", column: "CreatedUtc");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "cms_contact_messages");
}
