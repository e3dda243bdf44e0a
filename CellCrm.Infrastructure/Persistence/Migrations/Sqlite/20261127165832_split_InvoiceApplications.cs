using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CellCrm.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class split_InvoiceApplications : Migration
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InvoiceApplications");
        }
    }
}
