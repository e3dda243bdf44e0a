using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CellCrm.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DemandLists : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DemandLists",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RecipientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DonorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Relationship = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RelationshipDetail = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    StorageContractNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    StorageType = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    StorageDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CellSource = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    IntendedProduct = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    BasicSituation = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Appeal = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    SpecialSituation = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    MedicalExpertId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MedicalExpertName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DepartmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReviewStatus = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RejectionReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ExamChecklistPushedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    QuestionnairePushedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReportsCompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    QuestionnaireId = table.Column<Guid>(type: "TEXT", nullable: true),
                    QuestionnaireSignedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    SubmittedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RejectedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ApprovedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DemandLists", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DemandPlanVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DemandListId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    CellType = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Route = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    CellCount = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Sessions = table.Column<int>(type: "INTEGER", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    IssuedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    IssuedByName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    IssuedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DecisionComment = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    DecidedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DemandPlanVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DemandPlanVersions_DemandLists_DemandListId",
                        column: x => x.DemandListId,
                        principalTable: "DemandLists",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DemandLists_DepartmentId_CreatedAt",
                table: "DemandLists",
                columns: new[] { "DepartmentId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_DemandLists_DonorId",
                table: "DemandLists",
                column: "DonorId");

            migrationBuilder.CreateIndex(
                name: "IX_DemandLists_MedicalExpertId_ReviewStatus",
                table: "DemandLists",
                columns: new[] { "MedicalExpertId", "ReviewStatus" });

            migrationBuilder.CreateIndex(
                name: "IX_DemandLists_Number",
                table: "DemandLists",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DemandLists_OwnerId_CreatedAt",
                table: "DemandLists",
                columns: new[] { "OwnerId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_DemandLists_RecipientId",
                table: "DemandLists",
                column: "RecipientId");

            migrationBuilder.CreateIndex(
                name: "IX_DemandPlanVersions_DemandListId_Number",
                table: "DemandPlanVersions",
                columns: new[] { "DemandListId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DemandPlanVersions");

            migrationBuilder.DropTable(
                name: "DemandLists");
        }
    }
}
