using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CellCrm.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SupplementaryAgreements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SupplementaryAgreements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RequestKey = table.Column<Guid>(type: "TEXT", nullable: true),
                    ContractId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContractNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DepartmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Signing = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SampleCollected = table.Column<bool>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ChangeKind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    KeptItems = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    CancelledItems = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ContractAmountFen = table.Column<long>(type: "INTEGER", nullable: false),
                    AmountAfterFen = table.Column<long>(type: "INTEGER", nullable: true),
                    OpenChangeContractId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    SignatureCompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PaperScanFileId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PaperScanUploadedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReviewSubmittedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReviewRejectionReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ReviewedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EffectiveAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RevokedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RevokeReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupplementaryAgreements", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SupplementaryAgreementLines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgreementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sort = table.Column<int>(type: "INTEGER", nullable: false),
                    ProductId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProductCode = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ProductName = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    UnitListPriceFen = table.Column<long>(type: "INTEGER", nullable: false),
                    Quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    AmountAfterFen = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupplementaryAgreementLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SupplementaryAgreementLines_SupplementaryAgreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "SupplementaryAgreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SupplementaryAgreementLines_AgreementId_Sort",
                table: "SupplementaryAgreementLines",
                columns: new[] { "AgreementId", "Sort" });

            migrationBuilder.CreateIndex(
                name: "IX_SupplementaryAgreements_ContractId_CreatedAt",
                table: "SupplementaryAgreements",
                columns: new[] { "ContractId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SupplementaryAgreements_Number",
                table: "SupplementaryAgreements",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SupplementaryAgreements_OpenChangeContractId",
                table: "SupplementaryAgreements",
                column: "OpenChangeContractId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SupplementaryAgreements_RequestKey",
                table: "SupplementaryAgreements",
                column: "RequestKey",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SupplementaryAgreementLines");

            migrationBuilder.DropTable(
                name: "SupplementaryAgreements");
        }
    }
}
