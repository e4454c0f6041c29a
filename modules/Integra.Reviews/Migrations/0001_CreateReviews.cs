using Integra.Reviews.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Integra.Reviews.Migrations;

[DbContext(typeof(ReviewsDbContext))]
[Migration("0001_CreateReviews")]
public sealed class CreateReviews : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "rev_call_settings",
            columns: table => new
            {
                CallSetupId = table.Column<long>(nullable: false),
                EvaluatorsPerApplication = table.Column<int>(nullable: false),
                ExcludeSameMunicipality = table.Column<bool>(nullable: false),
                BlindReview = table.Column<bool>(nullable: false),
                CriteriaJson = table.Column<string>(nullable: false),
                SpreadThreshold = table.Column<decimal>(precision: 9, scale: 3, nullable: false),
                CombineRule = table.Column<string>(maxLength: ReviewLimits.Code, nullable: false),
                TotalPlaces = table.Column<int>(nullable: true),
                PassMark = table.Column<decimal>(precision: 9, scale: 3, nullable: false),
                UpdatedUtc = table.Column<DateTime>(nullable: false),
                Revision = table.Column<Guid>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_rev_call_settings", x => x.CallSetupId));

        migrationBuilder.CreateTable(
            name: "rev_evaluators",
            columns: table => new
            {
                Id = Identity(table),
                CallSetupId = table.Column<long>(nullable: false),
                UserId = table.Column<string>(maxLength: ReviewLimits.Id, nullable: false),
                UserName = table.Column<string>(maxLength: ReviewLimits.Name, nullable: false),
                Municipality = table.Column<string>(maxLength: ReviewLimits.Code, nullable: true),
                AddedUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_rev_evaluators", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_rev_evaluators_CallSetupId_UserId", table: "rev_evaluators", columns: ["CallSetupId", "UserId"], unique: true);

        migrationBuilder.CreateTable(
            name: "rev_assignments",
            columns: table => new
            {
                Id = Identity(table),
                CallSetupId = table.Column<long>(nullable: false),
                ApplicationId = table.Column<long>(nullable: false),
                EvaluatorUserId = table.Column<string>(maxLength: ReviewLimits.Id, nullable: false),
                EvaluatorName = table.Column<string>(maxLength: ReviewLimits.Name, nullable: false),
                Declaration = table.Column<string>(maxLength: ReviewLimits.Code, nullable: false),
                ConflictNote = table.Column<string>(maxLength: ReviewLimits.Comment, nullable: true),
                AssignedUtc = table.Column<DateTime>(nullable: false),
                DeclaredUtc = table.Column<DateTime>(nullable: true),
                PointsJson = table.Column<string>(nullable: false),
                CommentsJson = table.Column<string>(nullable: false),
                Total = table.Column<decimal>(precision: 9, scale: 3, nullable: true),
                SubmittedUtc = table.Column<DateTime>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_rev_assignments", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_rev_assignments_ApplicationId_EvaluatorUserId", table: "rev_assignments", columns: ["ApplicationId", "EvaluatorUserId"], unique: true);
        migrationBuilder.CreateIndex(name: "IX_rev_assignments_EvaluatorUserId_CallSetupId", table: "rev_assignments", columns: ["EvaluatorUserId", "CallSetupId"]);
        migrationBuilder.CreateIndex(name: "IX_rev_assignments_CallSetupId", table: "rev_assignments", column: "CallSetupId");

        migrationBuilder.CreateTable(
            name: "rev_final_scores",
            columns: table => new
            {
                ApplicationId = table.Column<long>(nullable: false),
                Combined = table.Column<decimal>(precision: 9, scale: 3, nullable: false),
                Spread = table.Column<decimal>(precision: 9, scale: 3, nullable: false),
                Final = table.Column<decimal>(precision: 9, scale: 3, nullable: false),
                Reason = table.Column<string>(maxLength: ReviewLimits.Comment, nullable: false),
                Rank = table.Column<int>(nullable: true),
                DecidedBy = table.Column<string>(maxLength: ReviewLimits.Name, nullable: true),
                DecidedUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_rev_final_scores", x => x.ApplicationId));

        migrationBuilder.CreateTable(
            name: "rev_letters",
            columns: table => new
            {
                Id = Identity(table),
                ApplicationId = table.Column<long>(nullable: false),
                Outcome = table.Column<string>(maxLength: ReviewLimits.Code, nullable: false),
                Rank = table.Column<int>(nullable: true),
                Emailed = table.Column<bool>(nullable: false),
                SentUtc = table.Column<DateTime>(nullable: false),
                AppealUntilUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_rev_letters", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_rev_letters_ApplicationId_SentUtc", table: "rev_letters", columns: ["ApplicationId", "SentUtc"]);

        migrationBuilder.CreateTable(
            name: "rev_appeals",
            columns: table => new
            {
                Id = Identity(table),
                ApplicationId = table.Column<long>(nullable: false),
                CallSetupId = table.Column<long>(nullable: false),
                AppealedFrom = table.Column<string>(maxLength: ReviewLimits.Code, nullable: false),
                Text = table.Column<string>(maxLength: ReviewLimits.AppealText, nullable: false),
                LodgedUtc = table.Column<DateTime>(nullable: false),
                Upheld = table.Column<bool>(nullable: true),
                DecisionReason = table.Column<string>(maxLength: ReviewLimits.Comment, nullable: true),
                DecidedBy = table.Column<string>(maxLength: ReviewLimits.Name, nullable: true),
                DecidedUtc = table.Column<DateTime>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_rev_appeals", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_rev_appeals_ApplicationId", table: "rev_appeals", column: "ApplicationId");
        migrationBuilder.CreateIndex(name: "IX_rev_appeals_CallSetupId", table: "rev_appeals", column: "CallSetupId");

        migrationBuilder.CreateTable(
            name: "rev_saved_views",
            columns: table => new
            {
                Id = Identity(table),
                UserId = table.Column<string>(maxLength: ReviewLimits.Id, nullable: false),
                CallSetupId = table.Column<long>(nullable: false),
                Name = table.Column<string>(maxLength: ReviewLimits.ViewName, nullable: false),
                Query = table.Column<string>(maxLength: ReviewLimits.Query, nullable: false),
                CreatedUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_rev_saved_views", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_rev_saved_views_UserId_CallSetupId", table: "rev_saved_views", columns: ["UserId", "CallSetupId"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[] { "rev_saved_views", "rev_appeals", "rev_letters", "rev_final_scores", "rev_assignments", "rev_evaluators", "rev_call_settings" })
        {
            migrationBuilder.DropTable(name: table);
        }
    }

    private static OperationBuilder<AddColumnOperation> Identity(ColumnsBuilder table) =>
        table.Column<long>(nullable: false)
            .Annotation("Sqlite:Autoincrement", true)
            .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
}
