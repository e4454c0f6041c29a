using Integra.Applications.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Integra.Applications.Migrations;

/// <summary>The outbox of application e-mails (the receipt), written in the submission's transaction and sent by a job.</summary>
[DbContext(typeof(ApplicationsDbContext))]
[Migration("0005_CreateOutboxMails")]
public sealed class CreateOutboxMails : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "app_outbox_mails",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                ApplicationId = table.Column<long>(nullable: false),
                MessageKey = table.Column<string>(maxLength: ApplicationLimits.Code, nullable: false),
                ValuesJson = table.Column<string>(nullable: false),
                CreatedUtc = table.Column<DateTime>(nullable: false),
                SentUtc = table.Column<DateTime>(nullable: true),
                Attempts = table.Column<int>(nullable: false),
                LastError = table.Column<string>(maxLength: ApplicationLimits.Reason, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_app_outbox_mails", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_app_outbox_mails_SentUtc", table: "app_outbox_mails", column: "SentUtc");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "app_outbox_mails");
}
