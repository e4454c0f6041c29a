using Integra.Media.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Integra.Media.Migrations;

[DbContext(typeof(MediaDbContext))]
[Migration("0001_CreateMediaFiles")]
public sealed class CreateMediaFiles : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "media_files",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Path = table.Column<string>(maxLength: 400, nullable: false),
                Folder = table.Column<string>(maxLength: 400, nullable: false),
                FileName = table.Column<string>(maxLength: 100, nullable: false),
                ContentType = table.Column<string>(maxLength: 100, nullable: false),
                Size = table.Column<long>(nullable: false),
                Width = table.Column<int>(nullable: true),
                Height = table.Column<int>(nullable: true),
                AltText = table.Column<string>(nullable: true),
                UploadedBy = table.Column<string>(maxLength: 256, nullable: true),
                UploadedUtc = table.Column<DateTime>(nullable: false),
                Sha256 = table.Column<string>(maxLength: 64, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_media_files", x => x.Id));

        migrationBuilder.CreateIndex(name: "IX_media_files_Path", table: "media_files", column: "Path", unique: true);
        migrationBuilder.CreateIndex(name: "IX_media_files_Folder_FileName", table: "media_files", columns: ["Folder", "FileName"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "media_files");
}
