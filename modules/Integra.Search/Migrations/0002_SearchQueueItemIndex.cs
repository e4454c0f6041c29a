using Integra.Search.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Integra.Search.Migrations;

/// <summary>The queue's rows by item, in order: pruning looks for a later row of the same item for every row it weighs.</summary>
[DbContext(typeof(SearchDbContext))]
[Migration("0002_SearchQueueItemIndex")]
public sealed class SearchQueueItemIndex : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.CreateIndex(name: "IX_search_queue_ContentItemId_Id", table: "search_queue", columns: ["ContentItemId", "Id"]);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropIndex(name: "IX_search_queue_ContentItemId_Id", table: "search_queue");
}
