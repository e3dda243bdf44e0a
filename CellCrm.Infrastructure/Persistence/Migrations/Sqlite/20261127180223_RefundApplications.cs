using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CellCrm.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RefundApplications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RefundApplications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContractId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TerminationAgreementId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    AccountHolderName = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    AccountBankName = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    AccountNumber = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    AccountFilledBy = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    AccountFilledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ApplicantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicantName = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    DepartmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RejectionReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    PayoutStartedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RefundApplications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RefundLines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RefundApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sort = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceKind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SourceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SourceLabel = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    SourceReceivedFen = table.Column<long>(type: "INTEGER", nullable: false),
                    AmountFen = table.Column<long>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Method = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    OutRefundNo = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    RefundId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    RefundedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    FailureReason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PaidOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    VoucherNo = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    VoucherFileId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RefundLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RefundLines_RefundApplications_RefundApplicationId",
                        column: x => x.RefundApplicationId,
                        principalTable: "RefundApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RefundApplications_ContractId_Status",
                table: "RefundApplications",
                columns: new[] { "ContractId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_RefundApplications_CustomerId_CreatedAt",
                table: "RefundApplications",
                columns: new[] { "CustomerId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_RefundApplications_DepartmentId_CreatedAt",
                table: "RefundApplications",
                columns: new[] { "DepartmentId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_RefundApplications_Number",
                table: "RefundApplications",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RefundApplications_RequestKey",
                table: "RefundApplications",
                column: "RequestKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RefundApplications_Status_PayoutStartedAt",
                table: "RefundApplications",
                columns: new[] { "Status", "PayoutStartedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_RefundApplications_TerminationAgreementId",
                table: "RefundApplications",
                column: "TerminationAgreementId");

            migrationBuilder.CreateIndex(
                name: "IX_RefundLines_OutRefundNo",
                table: "RefundLines",
                column: "OutRefundNo",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RefundLines_RefundApplicationId_Sort",
                table: "RefundLines",
                columns: new[] { "RefundApplicationId", "Sort" });

            migrationBuilder.CreateIndex(
                name: "IX_RefundLines_SourceKind_SourceId",
                table: "RefundLines",
                columns: new[] { "SourceKind", "SourceId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RefundLines");

            migrationBuilder.DropTable(
                name: "RefundApplications");
        }
    }
}
