using Integra.Applications.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Integra.Applications.Migrations;

/// <summary>Uploaded files, consents and reminders; and one application per applicant per call.</summary>
[DbContext(typeof(ApplicationsDbContext))]
[Migration("0003_CreateApplying")]
public sealed class CreateApplying : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "app_files",
            columns: table => new
            {
                Id = Identity(table),
                ApplicationId = table.Column<long>(nullable: false),
                FieldKey = table.Column<string>(maxLength: ApplicationLimits.Code, nullable: false),
                FileName = table.Column<string>(maxLength: ApplicationLimits.Name, nullable: false),
                ContentType = table.Column<string>(maxLength: ApplicationLimits.Name, nullable: false),
                Size = table.Column<long>(nullable: false),
                Sha256 = table.Column<string>(maxLength: ApplicationLimits.Id, nullable: false),
                StoredName = table.Column<string>(maxLength: ApplicationLimits.Id, nullable: false),
                UploadedByUserId = table.Column<string>(maxLength: ApplicationLimits.Id, nullable: true),
                UploadedUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_app_files", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_app_files_ApplicationId", table: "app_files", column: "ApplicationId");

        migrationBuilder.CreateTable(
            name: "app_consents",
            columns: table => new
            {
                Id = Identity(table),
                ApplicationId = table.Column<long>(nullable: false),
                UserId = table.Column<string>(maxLength: ApplicationLimits.Id, nullable: true),
                ConsentVersion = table.Column<int>(nullable: false),
                Culture = table.Column<string>(maxLength: ApplicationLimits.Culture, nullable: false),
                TextSha256 = table.Column<string>(maxLength: ApplicationLimits.Id, nullable: false),
                Assisted = table.Column<bool>(nullable: false),
                AtUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_app_consents", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_app_consents_ApplicationId", table: "app_consents", column: "ApplicationId");

        migrationBuilder.CreateTable(
            name: "app_reminders",
            columns: table => new
            {
                Id = Identity(table),
                ApplicationId = table.Column<long>(nullable: false),
                Kind = table.Column<string>(maxLength: 8, nullable: false),
                SentUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_app_reminders", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_app_reminders_ApplicationId_Kind", table: "app_reminders", columns: ["ApplicationId", "Kind"], unique: true);

        // One application per applicant per call: two clicks on "Apply" cannot start two. Assisted applications
        // have no account (null), and both databases let nulls repeat in a unique index.
        migrationBuilder.DropIndex(name: "IX_app_applications_ApplicantUserId_CallSetupId", table: "app_applications");
        migrationBuilder.CreateIndex(name: "IX_app_applications_ApplicantUserId_CallSetupId", table: "app_applications", columns: ["ApplicantUserId", "CallSetupId"], unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(name: "IX_app_applications_ApplicantUserId_CallSetupId", table: "app_applications");
        migrationBuilder.CreateIndex(name: "IX_app_applications_ApplicantUserId_CallSetupId", table: "app_applications", columns: ["ApplicantUserId", "CallSetupId"]);
        migrationBuilder.DropTable(name: "app_reminders");
        migrationBuilder.DropTable(name: "app_consents");
        migrationBuilder.DropTable(name: "app_files");
    }

    private static OperationBuilder<AddColumnOperation> Identity(ColumnsBuilder table) =>
        table.Column<long>(nullable: false)
            .Annotation("Sqlite:Autoincrement", true)
            .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
}
