using Integra.StartUps.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Integra.StartUps.Migrations;

[DbContext(typeof(StartUpsDbContext))]
[Migration("0002_CallsAndTraining")]
public sealed class CallsAndTraining : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "su_call_settings",
            columns: table => new
            {
                CallSetupId = table.Column<long>(nullable: false),
                GrantTotal = table.Column<decimal>(precision: 12, scale: 2, nullable: false),
                ProjectInKind = table.Column<decimal>(precision: 12, scale: 2, nullable: false),
                BeneficiaryShare = table.Column<decimal>(precision: 12, scale: 2, nullable: false),
                MunicipalShare = table.Column<decimal>(precision: 12, scale: 2, nullable: false),
                PrioritySectorsJson = table.Column<string>(nullable: false),
                CompletionPercent = table.Column<int>(nullable: false),
                PlanCallSetupId = table.Column<long>(nullable: true),
                UpdatedUtc = table.Column<DateTime>(nullable: false),
                Revision = table.Column<Guid>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_su_call_settings", x => x.CallSetupId));

        migrationBuilder.CreateTable(
            name: "su_cohorts",
            columns: table => new
            {
                Id = Identity(table),
                CallSetupId = table.Column<long>(nullable: false),
                Municipality = table.Column<string>(maxLength: StartUpsLimits.Code, nullable: false),
                Name = table.Column<string>(maxLength: StartUpsLimits.Title, nullable: false),
                CreatedUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_su_cohorts", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_su_cohorts_CallSetupId_Municipality", table: "su_cohorts", columns: ["CallSetupId", "Municipality"]);

        migrationBuilder.CreateTable(
            name: "su_cohort_members",
            columns: table => new
            {
                Id = Identity(table),
                CohortId = table.Column<long>(nullable: false),
                BeneficiaryId = table.Column<long>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_su_cohort_members", x => x.Id);
                table.ForeignKey("FK_su_cohort_members_su_cohorts_CohortId", x => x.CohortId, "su_cohorts", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_su_cohort_members_BeneficiaryId", table: "su_cohort_members", column: "BeneficiaryId", unique: true);
        migrationBuilder.CreateIndex(name: "IX_su_cohort_members_CohortId", table: "su_cohort_members", column: "CohortId");

        migrationBuilder.CreateTable(
            name: "su_sessions",
            columns: table => new
            {
                Id = Identity(table),
                CohortId = table.Column<long>(nullable: false),
                StartsUtc = table.Column<DateTime>(nullable: false),
                Topic = table.Column<string>(maxLength: StartUpsLimits.Title, nullable: false),
                Trainer = table.Column<string>(maxLength: StartUpsLimits.Name, nullable: false),
                Location = table.Column<string>(maxLength: StartUpsLimits.Title, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_su_sessions", x => x.Id);
                table.ForeignKey("FK_su_sessions_su_cohorts_CohortId", x => x.CohortId, "su_cohorts", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_su_sessions_CohortId_StartsUtc", table: "su_sessions", columns: ["CohortId", "StartsUtc"]);

        migrationBuilder.CreateTable(
            name: "su_attendance",
            columns: table => new
            {
                Id = Identity(table),
                SessionId = table.Column<long>(nullable: false),
                BeneficiaryId = table.Column<long>(nullable: false),
                Present = table.Column<bool>(nullable: false),
                RecordedUtc = table.Column<DateTime>(nullable: false),
                RecordedBy = table.Column<string>(maxLength: StartUpsLimits.Name, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_su_attendance", x => x.Id);
                table.ForeignKey("FK_su_attendance_su_sessions_SessionId", x => x.SessionId, "su_sessions", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_su_attendance_SessionId_BeneficiaryId", table: "su_attendance", columns: ["SessionId", "BeneficiaryId"], unique: true);
        migrationBuilder.CreateIndex(name: "IX_su_attendance_BeneficiaryId", table: "su_attendance", column: "BeneficiaryId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[] { "su_attendance", "su_sessions", "su_cohort_members", "su_cohorts", "su_call_settings" })
        {
            migrationBuilder.DropTable(name: table);
        }
    }

    private static OperationBuilder<AddColumnOperation> Identity(ColumnsBuilder table) =>
        table.Column<long>(nullable: false)
            .Annotation("Sqlite:Autoincrement", true)
            .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
}
