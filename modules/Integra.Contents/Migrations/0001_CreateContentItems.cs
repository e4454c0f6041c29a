using Integra.Contents.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Integra.Contents.Migrations;

/// <summary>Content items, one row per version. Column types are left to each provider so SQLite and PostgreSQL share it.</summary>
[DbContext(typeof(ContentsDbContext))]
[Migration("0001_CreateContentItems")]
public sealed class CreateContentItems : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "content_items",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                ContentItemId = table.Column<string>(maxLength: 64, nullable: false),
                ContentItemVersionId = table.Column<string>(maxLength: 64, nullable: false),
                ContentType = table.Column<string>(maxLength: 100, nullable: false),
                Version = table.Column<int>(nullable: false),
                Latest = table.Column<bool>(nullable: false),
                Published = table.Column<bool>(nullable: false),
                Culture = table.Column<string>(maxLength: 16, nullable: false),
                TranslationSetId = table.Column<string>(maxLength: 64, nullable: false),
                DisplayText = table.Column<string>(maxLength: 200, nullable: false),
                Slug = table.Column<string>(maxLength: 200, nullable: true),
                Summary = table.Column<string>(nullable: true),
                Owner = table.Column<string>(maxLength: 450, nullable: true),
                Author = table.Column<string>(maxLength: 256, nullable: true),
                CreatedUtc = table.Column<DateTime>(nullable: false),
                ModifiedUtc = table.Column<DateTime>(nullable: false),
                PublishedUtc = table.Column<DateTime>(nullable: true),
                PublishAtUtc = table.Column<DateTime>(nullable: true),
                UnpublishAtUtc = table.Column<DateTime>(nullable: true),
                Data = table.Column<string>(nullable: false),
                Revision = table.Column<Guid>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_content_items", x => x.Id));

        migrationBuilder.CreateIndex("IX_content_items_ContentItemVersionId", "content_items", "ContentItemVersionId", unique: true);
        migrationBuilder.CreateIndex("IX_content_items_ContentType_Culture_Published", "content_items", ["ContentType", "Culture", "Published"]);
        migrationBuilder.CreateIndex("IX_content_items_Culture_Slug", "content_items", ["Culture", "Slug"]);
        migrationBuilder.CreateIndex("IX_content_items_ContentItemId_Latest", "content_items", ["ContentItemId", "Latest"]);
        migrationBuilder.CreateIndex("IX_content_items_TranslationSetId", "content_items", "TranslationSetId");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "content_items");
}
