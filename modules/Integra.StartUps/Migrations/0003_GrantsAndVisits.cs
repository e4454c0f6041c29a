using Integra.StartUps.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Integra.StartUps.Migrations;

[DbContext(typeof(StartUpsDbContext))]
[Migration("0003_GrantsAndVisits")]
public sealed class GrantsAndVisits : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "su_grants",
            columns: table => new
            {
                BeneficiaryId = table.Column<long>(nullable: false),
                BeneficiaryPaid = table.Column<bool>(nullable: false),
                BeneficiaryPaidOn = table.Column<DateOnly>(nullable: true),
                BeneficiaryAmount = table.Column<decimal>(precision: 12, scale: 2, nullable: false),
                MunicipalCommitted = table.Column<bool>(nullable: false),
                MunicipalPaid = table.Column<bool>(nullable: false),
                MunicipalPaidOn = table.Column<DateOnly>(nullable: true),
                MunicipalAmount = table.Column<decimal>(precision: 12, scale: 2, nullable: false),
                Procurement = table.Column<string>(maxLength: StartUpsLimits.Code, nullable: false),
                DeliveredOn = table.Column<DateOnly>(nullable: true),
                HandoverNotes = table.Column<string>(maxLength: GrantLimits.Notes, nullable: true),
                UpdatedUtc = table.Column<DateTime>(nullable: false),
                Revision = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_su_grants", x => x.BeneficiaryId);
                table.ForeignKey("FK_su_grants_su_beneficiaries_BeneficiaryId", x => x.BeneficiaryId, "su_beneficiaries", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "su_equipment",
            columns: table => new
            {
                Id = Identity(table),
                BeneficiaryId = table.Column<long>(nullable: false),
                Item = table.Column<string>(maxLength: GrantLimits.Item, nullable: false),
                Supplier = table.Column<string>(maxLength: GrantLimits.Item, nullable: true),
                Quantity = table.Column<int>(nullable: false),
                UnitCost = table.Column<decimal>(precision: 12, scale: 2, nullable: false),
                CreatedUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_su_equipment", x => x.Id);
                table.ForeignKey("FK_su_equipment_su_beneficiaries_BeneficiaryId", x => x.BeneficiaryId, "su_beneficiaries", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_su_equipment_BeneficiaryId", table: "su_equipment", column: "BeneficiaryId");

        migrationBuilder.CreateTable(
            name: "su_grant_files",
            columns: table => new
            {
                Id = Identity(table),
                BeneficiaryId = table.Column<long>(nullable: false),
                VisitId = table.Column<long>(nullable: true),
                Kind = table.Column<string>(maxLength: StartUpsLimits.Code, nullable: false),
                FileName = table.Column<string>(maxLength: StartUpsLimits.Name, nullable: false),
                ContentType = table.Column<string>(maxLength: StartUpsLimits.Title, nullable: false),
                Size = table.Column<long>(nullable: false),
                StoredName = table.Column<string>(maxLength: StartUpsLimits.Id, nullable: false),
                UploadedBy = table.Column<string>(maxLength: StartUpsLimits.Name, nullable: true),
                UploadedUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_su_grant_files", x => x.Id);
                table.ForeignKey("FK_su_grant_files_su_beneficiaries_BeneficiaryId", x => x.BeneficiaryId, "su_beneficiaries", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_su_grant_files_BeneficiaryId_Kind", table: "su_grant_files", columns: ["BeneficiaryId", "Kind"]);
        migrationBuilder.CreateIndex(name: "IX_su_grant_files_VisitId", table: "su_grant_files", column: "VisitId");

        migrationBuilder.CreateTable(
            name: "su_registrations",
            columns: table => new
            {
                BeneficiaryId = table.Column<long>(nullable: false),
                Number = table.Column<string>(maxLength: GrantLimits.Number, nullable: false),
                RegisteredOn = table.Column<DateOnly>(nullable: false),
                Sector = table.Column<string>(maxLength: StartUpsLimits.Code, nullable: false),
                JobsCreated = table.Column<int>(nullable: false),
                RecordedUtc = table.Column<DateTime>(nullable: false),
                RecordedBy = table.Column<string>(maxLength: StartUpsLimits.Name, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_su_registrations", x => x.BeneficiaryId);
                table.ForeignKey("FK_su_registrations_su_beneficiaries_BeneficiaryId", x => x.BeneficiaryId, "su_beneficiaries", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "su_visits",
            columns: table => new
            {
                Id = Identity(table),
                BeneficiaryId = table.Column<long>(nullable: false),
                Month = table.Column<int>(nullable: false),
                DueOn = table.Column<DateOnly>(nullable: false),
                VisitedOn = table.Column<DateOnly>(nullable: true),
                Operating = table.Column<bool>(nullable: true),
                RevenueBand = table.Column<string>(maxLength: GrantLimits.RevenueBand, nullable: true),
                Jobs = table.Column<int>(nullable: true),
                EquipmentInUse = table.Column<bool>(nullable: true),
                Notes = table.Column<string>(maxLength: GrantLimits.Notes, nullable: true),
                Outcome = table.Column<string>(maxLength: StartUpsLimits.Code, nullable: true),
                RecordedBy = table.Column<string>(maxLength: StartUpsLimits.Name, nullable: true),
                RecordedUtc = table.Column<DateTime>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_su_visits", x => x.Id);
                table.ForeignKey("FK_su_visits_su_beneficiaries_BeneficiaryId", x => x.BeneficiaryId, "su_beneficiaries", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_su_visits_BeneficiaryId_Month", table: "su_visits", columns: ["BeneficiaryId", "Month"], unique: true);
        migrationBuilder.CreateIndex(name: "IX_su_visits_VisitedOn_DueOn", table: "su_visits", columns: ["VisitedOn", "DueOn"]);

        migrationBuilder.CreateTable(
            name: "su_visit_officials",
            columns: table => new
            {
                Id = Identity(table),
                VisitId = table.Column<long>(nullable: false),
                UserId = table.Column<string>(maxLength: StartUpsLimits.Id, nullable: true),
                Name = table.Column<string>(maxLength: StartUpsLimits.Name, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_su_visit_officials", x => x.Id);
                table.ForeignKey("FK_su_visit_officials_su_visits_VisitId", x => x.VisitId, "su_visits", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_su_visit_officials_VisitId", table: "su_visit_officials", column: "VisitId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[] { "su_visit_officials", "su_visits", "su_registrations", "su_grant_files", "su_equipment", "su_grants" })
        {
            migrationBuilder.DropTable(name: table);
        }
    }

    private static OperationBuilder<AddColumnOperation> Identity(ColumnsBuilder table) =>
        table.Column<long>(nullable: false)
            .Annotation("Sqlite:Autoincrement", true)
            .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
}
