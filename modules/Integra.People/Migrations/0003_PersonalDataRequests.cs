using Integra.People.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Integra.People.Migrations;

[DbContext(typeof(PeopleDbContext))]
[Migration("0003_PersonalDataRequests")]
public sealed class PersonalDataRequests : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "people_data_requests",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                UserId = table.Column<string>(maxLength: PersonLimits.Id, nullable: true),
                PersonId = table.Column<long>(nullable: true),
                Reason = table.Column<string>(maxLength: PersonLimits.Reason, nullable: false),
                Status = table.Column<string>(maxLength: PersonLimits.Code, nullable: false),
                RequestedUtc = table.Column<DateTime>(nullable: false),
                DecidedUtc = table.Column<DateTime>(nullable: true),
                DecidedByUserName = table.Column<string>(maxLength: PersonLimits.Email, nullable: true),
                DecisionReason = table.Column<string>(maxLength: PersonLimits.Reason, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_people_data_requests", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_people_data_requests_Status_RequestedUtc", table: "people_data_requests", columns: ["Status", "RequestedUtc"]);
        migrationBuilder.CreateIndex(name: "IX_people_data_requests_UserId", table: "people_data_requests", column: "UserId");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "people_data_requests");
}
