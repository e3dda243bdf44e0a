using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CellCrm.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ContractsInitial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Contracts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    RequestKey = table.Column<Guid>(type: "TEXT", nullable: true),
                    BusinessType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    OrderType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FamilyArchiveId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Mobile = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    StorerIsCustomer = table.Column<bool>(type: "INTEGER", nullable: false),
                    HospitalId = table.Column<Guid>(type: "TEXT", nullable: true),
                    HospitalDepartment = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    StorageCity = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    SignedOn = table.Column<long>(type: "INTEGER", nullable: true),
                    CertificateType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CharityOptIn = table.Column<bool>(type: "INTEGER", nullable: false),
                    Remarks = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    MarketPolicyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    MarketPolicyName = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    DiscountApplicationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AmountBeforeFen = table.Column<long>(type: "INTEGER", nullable: false),
                    AmountFen = table.Column<long>(type: "INTEGER", nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DepartmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    SignatureCompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PaperScanFileId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PaperScanUploadedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReviewSubmittedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReviewRejectionReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ReviewedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EffectiveAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AgreementReference = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    TerminatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    MobileHash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Contracts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DiscountApplications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PolicyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PolicyName = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    PolicyCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    PolicyKind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    VipSource = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    AmountBeforeFen = table.Column<long>(type: "INTEGER", nullable: false),
                    DiscountFen = table.Column<long>(type: "INTEGER", nullable: false),
                    ApplicantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DepartmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RejectionReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    UsedByContractId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DiscountApplications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MarketPolicies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DiscountKind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    PercentOff = table.Column<int>(type: "INTEGER", nullable: true),
                    AmountOffFen = table.Column<long>(type: "INTEGER", nullable: true),
                    FloorPriceFen = table.Column<long>(type: "INTEGER", nullable: true),
                    RequiresApplication = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MarketPolicies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ContractDemandLists",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContractId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DemandListId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContractDemandLists", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContractDemandLists_Contracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "Contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ContractLines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContractId = table.Column<Guid>(type: "TEXT", nullable: false),
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
                    table.PrimaryKey("PK_ContractLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContractLines_Contracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "Contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MarketPolicyProducts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PolicyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProductId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MarketPolicyProducts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MarketPolicyProducts_MarketPolicies_PolicyId",
                        column: x => x.PolicyId,
                        principalTable: "MarketPolicies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ContractDemandLists_ContractId_DemandListId",
                table: "ContractDemandLists",
                columns: new[] { "ContractId", "DemandListId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ContractDemandLists_DemandListId",
                table: "ContractDemandLists",
                column: "DemandListId");

            migrationBuilder.CreateIndex(
                name: "IX_ContractLines_ContractId_Sort",
                table: "ContractLines",
                columns: new[] { "ContractId", "Sort" });

            migrationBuilder.CreateIndex(
                name: "IX_ContractLines_ProductId",
                table: "ContractLines",
                column: "ProductId");

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_CustomerId",
                table: "Contracts",
                column: "CustomerId");

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_DepartmentId_CreatedAt",
                table: "Contracts",
                columns: new[] { "DepartmentId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_MobileHash",
                table: "Contracts",
                column: "MobileHash");

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_Number",
                table: "Contracts",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_OwnerId_CreatedAt",
                table: "Contracts",
                columns: new[] { "OwnerId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_RequestKey",
                table: "Contracts",
                column: "RequestKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_Status_CreatedAt",
                table: "Contracts",
                columns: new[] { "Status", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_DiscountApplications_ApplicantId_CreatedAt",
                table: "DiscountApplications",
                columns: new[] { "ApplicantId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_DiscountApplications_CustomerId_Status",
                table: "DiscountApplications",
                columns: new[] { "CustomerId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_DiscountApplications_DepartmentId_CreatedAt",
                table: "DiscountApplications",
                columns: new[] { "DepartmentId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_DiscountApplications_Number",
                table: "DiscountApplications",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DiscountApplications_UsedByContractId",
                table: "DiscountApplications",
                column: "UsedByContractId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MarketPolicies_Code",
                table: "MarketPolicies",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MarketPolicies_IsActive_ValidTo",
                table: "MarketPolicies",
                columns: new[] { "IsActive", "ValidTo" });

            migrationBuilder.CreateIndex(
                name: "IX_MarketPolicyProducts_PolicyId_ProductId",
                table: "MarketPolicyProducts",
                columns: new[] { "PolicyId", "ProductId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ContractDemandLists");

            migrationBuilder.DropTable(
                name: "ContractLines");

            migrationBuilder.DropTable(
                name: "DiscountApplications");

            migrationBuilder.DropTable(
                name: "MarketPolicyProducts");

            migrationBuilder.DropTable(
                name: "Contracts");

            migrationBuilder.DropTable(
                name: "MarketPolicies");
        }
    }
}
