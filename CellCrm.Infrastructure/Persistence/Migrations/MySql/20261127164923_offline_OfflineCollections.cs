using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CellCrm.Infrastructure.Persistence.Migrations.MySql
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
                    Id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    ContractId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    ContractNumber = table.Column<string>(type: "varchar(24)", maxLength: 24, nullable: false, collation: "utf8mb4_unicode_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    CustomerId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    OwnerId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    DepartmentId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    IsPrepaymentOrder = table.Column<bool>(type: "tinyint(1)", nullable: false),
                    RequestKey = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    Method = table.Column<string>(type: "varchar(40)", maxLength: 40, nullable: false, collation: "utf8mb4_unicode_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    OtherMethod = table.Column<string>(type: "varchar(50)", maxLength: 50, nullable: true, collation: "utf8mb4_unicode_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    PrepaymentOrderId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Payer = table.Column<string>(type: "varchar(50)", maxLength: 50, nullable: false, collation: "utf8mb4_unicode_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Remarks = table.Column<string>(type: "varchar(500)", maxLength: 500, nullable: true, collation: "utf8mb4_unicode_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    AmountFen = table.Column<long>(type: "bigint", nullable: false),
                    Status = table.Column<string>(type: "varchar(40)", maxLength: 40, nullable: false, collation: "utf8mb4_unicode_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    EnteredById = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    EnteredByName = table.Column<string>(type: "varchar(60)", maxLength: 60, nullable: false, collation: "utf8mb4_unicode_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetime(6)", nullable: false),
                    EnteredAt = table.Column<DateTimeOffset>(type: "datetime(6)", nullable: true),
                    IsLate = table.Column<bool>(type: "tinyint(1)", nullable: false),
                    CheckerId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    CheckerName = table.Column<string>(type: "varchar(60)", maxLength: 60, nullable: true, collation: "utf8mb4_unicode_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    CheckedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CheckResult = table.Column<string>(type: "varchar(40)", maxLength: 40, nullable: true, collation: "utf8mb4_unicode_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    HasError = table.Column<bool>(type: "tinyint(1)", nullable: false),
                    ErrorNote = table.Column<string>(type: "varchar(500)", maxLength: 500, nullable: true, collation: "utf8mb4_unicode_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    CheckedAt = table.Column<DateTimeOffset>(type: "datetime(6)", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OfflineCollections", x => x.Id);
                })
                .Annotation("MySql:CharSet", "utf8mb4")
                .Annotation("Relational:Collation", "utf8mb4_unicode_ci");

            migrationBuilder.CreateTable(
                name: "PrepaymentAccounts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    CustomerId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    DeductedFen = table.Column<long>(type: "bigint", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
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
                })
                .Annotation("MySql:CharSet", "utf8mb4")
                .Annotation("Relational:Collation", "utf8mb4_unicode_ci");

            migrationBuilder.CreateTable(
                name: "OfflineCollectionLines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    CollectionId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    Sort = table.Column<int>(type: "int", nullable: false),
                    ContractLineId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    ProductId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    ProductName = table.Column<string>(type: "varchar(60)", maxLength: 60, nullable: false, collation: "utf8mb4_unicode_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    AmountFen = table.Column<long>(type: "bigint", nullable: false)
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
                })
                .Annotation("MySql:CharSet", "utf8mb4")
                .Annotation("Relational:Collation", "utf8mb4_unicode_ci");

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
