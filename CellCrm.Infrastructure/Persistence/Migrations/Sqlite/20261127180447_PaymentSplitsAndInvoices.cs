using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CellCrm.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PaymentSplitsAndInvoices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "InvoiceApplications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ContractId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DepartmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TitleType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    TaxId = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    AmountFen = table.Column<long>(type: "INTEGER", nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ApplicantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestKey = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    InvoiceNumber = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    InvoiceDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AttachmentFileId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RejectionReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    DecidedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InvoiceApplications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PaymentSplits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SourceKind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SourceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ActiveSourceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContractId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReceivedFen = table.Column<long>(type: "INTEGER", nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ApplicantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DepartmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestKey = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RejectionReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PaymentSplits", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PaymentSplitLines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SplitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sort = table.Column<int>(type: "INTEGER", nullable: false),
                    AdvisorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AdvisorName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    HospitalId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HospitalName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RatioBasisPoints = table.Column<int>(type: "INTEGER", nullable: false),
                    AmountFen = table.Column<long>(type: "INTEGER", nullable: false),
                    ReversedFen = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PaymentSplitLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PaymentSplitLines_PaymentSplits_SplitId",
                        column: x => x.SplitId,
                        principalTable: "PaymentSplits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PaymentSplitReversals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SplitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LineId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RefundReference = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RefundFen = table.Column<long>(type: "INTEGER", nullable: false),
                    AmountFen = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PaymentSplitReversals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PaymentSplitReversals_PaymentSplits_SplitId",
                        column: x => x.SplitId,
                        principalTable: "PaymentSplits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_InvoiceApplications_ApplicantId_CreatedAt",
                table: "InvoiceApplications",
                columns: new[] { "ApplicantId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_InvoiceApplications_ContractId_Status",
                table: "InvoiceApplications",
                columns: new[] { "ContractId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_InvoiceApplications_DepartmentId_CreatedAt",
                table: "InvoiceApplications",
                columns: new[] { "DepartmentId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_InvoiceApplications_Number",
                table: "InvoiceApplications",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InvoiceApplications_RequestKey",
                table: "InvoiceApplications",
                column: "RequestKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InvoiceApplications_Status_CreatedAt",
                table: "InvoiceApplications",
                columns: new[] { "Status", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PaymentSplitLines_AdvisorId",
                table: "PaymentSplitLines",
                column: "AdvisorId");

            migrationBuilder.CreateIndex(
                name: "IX_PaymentSplitLines_HospitalId",
                table: "PaymentSplitLines",
                column: "HospitalId");

            migrationBuilder.CreateIndex(
                name: "IX_PaymentSplitLines_SplitId_Sort",
                table: "PaymentSplitLines",
                columns: new[] { "SplitId", "Sort" });

            migrationBuilder.CreateIndex(
                name: "IX_PaymentSplitReversals_SplitId_RefundReference_LineId",
                table: "PaymentSplitReversals",
                columns: new[] { "SplitId", "RefundReference", "LineId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PaymentSplits_ContractId",
                table: "PaymentSplits",
                column: "ContractId");

            migrationBuilder.CreateIndex(
                name: "IX_PaymentSplits_CustomerId_CreatedAt",
                table: "PaymentSplits",
                columns: new[] { "CustomerId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PaymentSplits_Number",
                table: "PaymentSplits",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PaymentSplits_RequestKey",
                table: "PaymentSplits",
                column: "RequestKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PaymentSplits_SourceKind_ActiveSourceId",
                table: "PaymentSplits",
                columns: new[] { "SourceKind", "ActiveSourceId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PaymentSplits_SourceKind_SourceId",
                table: "PaymentSplits",
                columns: new[] { "SourceKind", "SourceId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InvoiceApplications");

            migrationBuilder.DropTable(
                name: "PaymentSplitLines");

            migrationBuilder.DropTable(
                name: "PaymentSplitReversals");

            migrationBuilder.DropTable(
                name: "PaymentSplits");
        }
    }
}
