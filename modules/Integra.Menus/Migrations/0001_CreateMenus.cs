using Integra.Menus.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Integra.Menus.Migrations;

[DbContext(typeof(MenusDbContext))]
[Migration("0001_CreateMenus")]
public sealed class CreateMenus : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "menus_items",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Menu = table.Column<string>(maxLength: 50, nullable: false),
                Culture = table.Column<string>(maxLength: 10, nullable: false),
                Text = table.Column<string>(maxLength: 200, nullable: false),
                Url = table.Column<string>(maxLength: 500, nullable: false),
                Order = table.Column<int>(nullable: false),
                ParentId = table.Column<int>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_menus_items", x => x.Id));

        migrationBuilder.CreateIndex(
            name: "IX_menus_items_Menu_Culture_Order",
            table: "menus_items",
            columns: ["Menu", "Culture", "Order"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "menus_items");
}
