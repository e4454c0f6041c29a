using Integra.People.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Integra.People.Migrations;

[DbContext(typeof(PeopleDbContext))]
[Migration("0002_DuplicatesAndSensitiveAccess")]
public sealed class DuplicatesAndSensitiveAccess : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(name: "SearchName", table: "people_persons", maxLength: PersonLimits.SearchName, nullable: true);
        migrationBuilder.CreateIndex(name: "IX_people_persons_SearchName", table: "people_persons", column: "SearchName");

        migrationBuilder.CreateTable(
            name: "people_duplicate_flags",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                PersonId = table.Column<long>(nullable: false),
                OtherPersonId = table.Column<long>(nullable: false),
                Reason = table.Column<string>(maxLength: PersonLimits.Code, nullable: false),
                Status = table.Column<string>(maxLength: PersonLimits.Code, nullable: false),
                CreatedUtc = table.Column<DateTime>(nullable: false),
                ResolvedUtc = table.Column<DateTime>(nullable: true),
                ResolvedByUserName = table.Column<string>(maxLength: PersonLimits.Email, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_people_duplicate_flags", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_people_duplicate_flags_PersonId_OtherPersonId", table: "people_duplicate_flags", columns: ["PersonId", "OtherPersonId"], unique: true);
        migrationBuilder.CreateIndex(name: "IX_people_duplicate_flags_Status_CreatedUtc", table: "people_duplicate_flags", columns: ["Status", "CreatedUtc"]);

        migrationBuilder.CreateTable(
            name: "people_sensitive_access",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                AtUtc = table.Column<DateTime>(nullable: false),
                UserId = table.Column<string>(maxLength: PersonLimits.Id, nullable: true),
                UserName = table.Column<string>(maxLength: PersonLimits.Email, nullable: true),
                PersonId = table.Column<long>(nullable: false),
                Fields = table.Column<string>(maxLength: PersonLimits.Fields, nullable: false),
                Location = table.Column<string>(maxLength: PersonLimits.Location, nullable: false),
                IpAddress = table.Column<string>(maxLength: PersonLimits.Code, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_people_sensitive_access", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_people_sensitive_access_AtUtc", table: "people_sensitive_access", column: "AtUtc");
        migrationBuilder.CreateIndex(name: "IX_people_sensitive_access_PersonId_AtUtc", table: "people_sensitive_access", columns: ["PersonId", "AtUtc"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "people_sensitive_access");
        migrationBuilder.DropTable(name: "people_duplicate_flags");
        migrationBuilder.DropIndex(name: "IX_people_persons_SearchName", table: "people_persons");
        migrationBuilder.DropColumn(name: "SearchName", table: "people_persons");
    }
}
