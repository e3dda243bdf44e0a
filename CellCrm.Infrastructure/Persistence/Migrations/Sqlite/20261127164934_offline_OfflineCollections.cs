using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CellCrm.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class offline_OfflineCollections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "OfflineCollections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContractId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContractNumber = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DepartmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IsPrepaymentOrder = table.Column<bool>(type: "INTEGER", nullable: false),
                    RequestKey = table.Column<Guid>(type: "TEXT", nullable: true),
                    Method = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    OtherMethod = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    PrepaymentOrderId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Payer = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Remarks = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    AmountFen = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    EnteredById = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnteredByName = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EnteredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    IsLate = table.Column<bool>(type: "INTEGER", nullable: false),
                    CheckerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CheckerName = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    CheckedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CheckResult = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    HasError = table.Column<bool>(type: "INTEGER", nullable: false),
                    ErrorNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CheckedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OfflineCollections", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PrepaymentAccounts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DeductedFen = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PrepaymentAccounts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PrepaymentAccounts_Contracts_Id",
                        column: x => x.Id,
                        principalTable: "Contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OfflineCollectionLines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CollectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sort = table.Column<int>(type: "INTEGER", nullable: false),
                    ContractLineId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProductId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProductName = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    AmountFen = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OfflineCollectionLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OfflineCollectionLines_OfflineCollections_CollectionId",
                        column: x => x.CollectionId,
                        principalTable: "OfflineCollections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OfflineCollectionLines_CollectionId_Sort",
                table: "OfflineCollectionLines",
                columns: new[] { "CollectionId", "Sort" });

            migrationBuilder.CreateIndex(
                name: "IX_OfflineCollectionLines_ContractLineId",
                table: "OfflineCollectionLines",
                column: "ContractLineId");

            migrationBuilder.CreateIndex(
                name: "IX_OfflineCollections_ContractId_Status",
                table: "OfflineCollections",
                columns: new[] { "ContractId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_OfflineCollections_DepartmentId_ReceivedOn",
                table: "OfflineCollections",
                columns: new[] { "DepartmentId", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_OfflineCollections_OwnerId_ReceivedOn",
                table: "OfflineCollections",
                columns: new[] { "OwnerId", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_OfflineCollections_PrepaymentOrderId",
                table: "OfflineCollections",
                column: "PrepaymentOrderId");

            migrationBuilder.CreateIndex(
                name: "IX_OfflineCollections_RequestKey",
                table: "OfflineCollections",
                column: "RequestKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OfflineCollections_Status_ReceivedOn",
                table: "OfflineCollections",
                columns: new[] { "Status", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_PrepaymentAccounts_CustomerId",
                table: "PrepaymentAccounts",
                column: "CustomerId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OfflineCollectionLines");

            migrationBuilder.DropTable(
                name: "PrepaymentAccounts");

            migrationBuilder.DropTable(
                name: "OfflineCollections");
        }
    }
}
