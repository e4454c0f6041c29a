using Integra.People.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Integra.People.Migrations;

[DbContext(typeof(PeopleDbContext))]
[Migration("0001_CreatePeople")]
public sealed class CreatePeople : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "people_persons",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                PersonalNumber = table.Column<string>(maxLength: PersonLimits.PersonalNumber, nullable: true),
                FirstName = table.Column<string>(maxLength: PersonLimits.Name, nullable: true),
                LastName = table.Column<string>(maxLength: PersonLimits.Name, nullable: true),
                BirthDate = table.Column<DateOnly>(nullable: true),
                Sex = table.Column<string>(maxLength: 1, nullable: true),
                Municipality = table.Column<string>(maxLength: PersonLimits.Code, nullable: true),
                Phone = table.Column<string>(maxLength: PersonLimits.Phone, nullable: true),
                Email = table.Column<string>(maxLength: PersonLimits.Email, nullable: true),
                UserId = table.Column<string>(maxLength: PersonLimits.Id, nullable: true),
                ReturnStatus = table.Column<string>(maxLength: PersonLimits.Code, nullable: true),
                Ethnicity = table.Column<string>(maxLength: PersonLimits.Code, nullable: true),
                Disability = table.Column<bool>(nullable: true),
                MergedIntoId = table.Column<long>(nullable: true),
                CreatedUtc = table.Column<DateTime>(nullable: false),
                UpdatedUtc = table.Column<DateTime>(nullable: false),
                AnonymisedUtc = table.Column<DateTime>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_people_persons", x => x.Id));

        migrationBuilder.CreateIndex(name: "IX_people_persons_PersonalNumber", table: "people_persons", column: "PersonalNumber");
        migrationBuilder.CreateIndex(name: "IX_people_persons_LastName_FirstName_BirthDate", table: "people_persons", columns: ["LastName", "FirstName", "BirthDate"]);
        migrationBuilder.CreateIndex(name: "IX_people_persons_UserId", table: "people_persons", column: "UserId");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "people_persons");
}
