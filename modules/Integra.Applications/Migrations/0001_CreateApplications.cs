using Integra.Applications.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Integra.Applications.Migrations;

[DbContext(typeof(ApplicationsDbContext))]
[Migration("0001_CreateApplications")]
public sealed class CreateApplications : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "app_calls",
            columns: table => new
            {
                Id = Identity(table),
                CallId = table.Column<string>(maxLength: ApplicationLimits.Id, nullable: false),
                Component = table.Column<string>(maxLength: 8, nullable: false),
                CallNumber = table.Column<int>(nullable: false),
                CallType = table.Column<string>(maxLength: ApplicationLimits.Code, nullable: true),
                EligibilityJson = table.Column<string>(nullable: false),
                PlacesJson = table.Column<string>(nullable: false),
                ConsentJson = table.Column<string>(nullable: false),
                ConsentVersion = table.Column<int>(nullable: false),
                AppealDays = table.Column<int>(nullable: false),
                RetentionDays = table.Column<int>(nullable: false),
                NextSequence = table.Column<int>(nullable: false),
                CreatedUtc = table.Column<DateTime>(nullable: false),
                UpdatedUtc = table.Column<DateTime>(nullable: false),
                Revision = table.Column<Guid>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_app_calls", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_app_calls_CallId", table: "app_calls", column: "CallId", unique: true);

        migrationBuilder.CreateTable(
            name: "app_form_versions",
            columns: table => new
            {
                Id = Identity(table),
                CallSetupId = table.Column<long>(nullable: false),
                Version = table.Column<int>(nullable: false),
                SchemaJson = table.Column<string>(nullable: false),
                FrozenUtc = table.Column<DateTime>(nullable: true),
                UpdatedUtc = table.Column<DateTime>(nullable: false),
                Revision = table.Column<Guid>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_app_form_versions", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_app_form_versions_CallSetupId_Version", table: "app_form_versions", columns: ["CallSetupId", "Version"], unique: true);

        migrationBuilder.CreateTable(
            name: "app_applications",
            columns: table => new
            {
                Id = Identity(table),
                CallSetupId = table.Column<long>(nullable: false),
                Reference = table.Column<string>(maxLength: ApplicationLimits.Reference, nullable: true),
                Status = table.Column<string>(maxLength: ApplicationLimits.Code, nullable: false),
                ApplicantUserId = table.Column<string>(maxLength: ApplicationLimits.Id, nullable: true),
                PersonId = table.Column<long>(nullable: true),
                Municipality = table.Column<string>(maxLength: ApplicationLimits.Code, nullable: true),
                Culture = table.Column<string>(maxLength: ApplicationLimits.Culture, nullable: false),
                FormVersionId = table.Column<long>(nullable: false),
                AnswersJson = table.Column<string>(nullable: false),
                Assisted = table.Column<bool>(nullable: false),
                AssistedByUserId = table.Column<string>(maxLength: ApplicationLimits.Id, nullable: true),
                FinalScore = table.Column<decimal>(precision: 9, scale: 3, nullable: true),
                DecisionReason = table.Column<string>(maxLength: ApplicationLimits.Reason, nullable: true),
                CreatedUtc = table.Column<DateTime>(nullable: false),
                UpdatedUtc = table.Column<DateTime>(nullable: false),
                SubmittedUtc = table.Column<DateTime>(nullable: true),
                DecidedUtc = table.Column<DateTime>(nullable: true),
                Revision = table.Column<Guid>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_app_applications", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_app_applications_Reference", table: "app_applications", column: "Reference", unique: true);
        migrationBuilder.CreateIndex(name: "IX_app_applications_CallSetupId_Status", table: "app_applications", columns: ["CallSetupId", "Status"]);
        migrationBuilder.CreateIndex(name: "IX_app_applications_ApplicantUserId_CallSetupId", table: "app_applications", columns: ["ApplicantUserId", "CallSetupId"]);
        migrationBuilder.CreateIndex(name: "IX_app_applications_PersonId", table: "app_applications", column: "PersonId");

        migrationBuilder.CreateTable(
            name: "app_submissions",
            columns: table => new
            {
                Id = Identity(table),
                ApplicationId = table.Column<long>(nullable: false),
                Version = table.Column<int>(nullable: false),
                AnswersJson = table.Column<string>(nullable: false),
                SubmissionKey = table.Column<string>(maxLength: ApplicationLimits.Id, nullable: false),
                SubmittedUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_app_submissions", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_app_submissions_ApplicationId_Version", table: "app_submissions", columns: ["ApplicationId", "Version"], unique: true);
        migrationBuilder.CreateIndex(name: "IX_app_submissions_ApplicationId_SubmissionKey", table: "app_submissions", columns: ["ApplicationId", "SubmissionKey"], unique: true);

        migrationBuilder.CreateTable(
            name: "app_events",
            columns: table => new
            {
                Id = Identity(table),
                ApplicationId = table.Column<long>(nullable: false),
                FromStatus = table.Column<string>(maxLength: ApplicationLimits.Code, nullable: false),
                ToStatus = table.Column<string>(maxLength: ApplicationLimits.Code, nullable: false),
                Trigger = table.Column<string>(maxLength: ApplicationLimits.Code, nullable: false),
                UserId = table.Column<string>(maxLength: ApplicationLimits.Id, nullable: true),
                UserName = table.Column<string>(maxLength: ApplicationLimits.Name, nullable: true),
                Reason = table.Column<string>(maxLength: ApplicationLimits.Reason, nullable: true),
                AtUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_app_events", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_app_events_ApplicationId_AtUtc", table: "app_events", columns: ["ApplicationId", "AtUtc"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "app_events");
        migrationBuilder.DropTable(name: "app_submissions");
        migrationBuilder.DropTable(name: "app_applications");
        migrationBuilder.DropTable(name: "app_form_versions");
        migrationBuilder.DropTable(name: "app_calls");
    }

    private static OperationBuilder<AddColumnOperation> Identity(ColumnsBuilder table) =>
        table.Column<long>(nullable: false)
            .Annotation("Sqlite:Autoincrement", true)
            .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
}
