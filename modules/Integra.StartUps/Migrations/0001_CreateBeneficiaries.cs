using Integra.StartUps.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Integra.StartUps.Migrations;

[DbContext(typeof(StartUpsDbContext))]
[Migration("0001_CreateBeneficiaries")]
public sealed class CreateBeneficiaries : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "su_beneficiaries",
            columns: table => new
            {
                Id = Identity(table),
                ApplicationId = table.Column<long>(nullable: false),
                Reference = table.Column<string>(maxLength: StartUpsLimits.Reference, nullable: true),
                PersonId = table.Column<long>(nullable: false),
                CallSetupId = table.Column<long>(nullable: false),
                CallNumber = table.Column<int>(nullable: false),
                Municipality = table.Column<string>(maxLength: StartUpsLimits.Code, nullable: false),
                Culture = table.Column<string>(maxLength: StartUpsLimits.Culture, nullable: false),
                Status = table.Column<string>(maxLength: StartUpsLimits.Code, nullable: false),
                CreatedUtc = table.Column<DateTime>(nullable: false),
                UpdatedUtc = table.Column<DateTime>(nullable: false),
                Revision = table.Column<Guid>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_su_beneficiaries", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_su_beneficiaries_ApplicationId", table: "su_beneficiaries", column: "ApplicationId", unique: true);
        migrationBuilder.CreateIndex(name: "IX_su_beneficiaries_PersonId", table: "su_beneficiaries", column: "PersonId");
        migrationBuilder.CreateIndex(name: "IX_su_beneficiaries_CallSetupId_Municipality", table: "su_beneficiaries", columns: ["CallSetupId", "Municipality"]);
        migrationBuilder.CreateIndex(name: "IX_su_beneficiaries_Status", table: "su_beneficiaries", column: "Status");

        migrationBuilder.CreateTable(
            name: "su_beneficiary_events",
            columns: table => new
            {
                Id = Identity(table),
                BeneficiaryId = table.Column<long>(nullable: false),
                FromStatus = table.Column<string>(maxLength: StartUpsLimits.Code, nullable: false),
                ToStatus = table.Column<string>(maxLength: StartUpsLimits.Code, nullable: false),
                Trigger = table.Column<string>(maxLength: StartUpsLimits.Code, nullable: false),
                UserId = table.Column<string>(maxLength: StartUpsLimits.Id, nullable: true),
                UserName = table.Column<string>(maxLength: StartUpsLimits.Name, nullable: true),
                Reason = table.Column<string>(maxLength: StartUpsLimits.Reason, nullable: true),
                AtUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_su_beneficiary_events", x => x.Id);
                table.ForeignKey("FK_su_beneficiary_events_su_beneficiaries_BeneficiaryId", x => x.BeneficiaryId, "su_beneficiaries", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_su_beneficiary_events_BeneficiaryId_AtUtc", table: "su_beneficiary_events", columns: ["BeneficiaryId", "AtUtc"]);
        migrationBuilder.CreateIndex(name: "IX_su_beneficiary_events_Trigger_AtUtc", table: "su_beneficiary_events", columns: ["Trigger", "AtUtc"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "su_beneficiary_events");
        migrationBuilder.DropTable(name: "su_beneficiaries");
    }

    private static OperationBuilder<AddColumnOperation> Identity(ColumnsBuilder table) =>
        table.Column<long>(nullable: false)
            .Annotation("Sqlite:Autoincrement", true)
            .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
}
