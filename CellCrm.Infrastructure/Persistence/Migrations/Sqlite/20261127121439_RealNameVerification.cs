using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CellCrm.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RealNameVerification : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "RealNameVerifiedAt",
                table: "Customers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WeChatOpenId",
                table: "Customers",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "RealNameNotices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OpenId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReadAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RealNameNotices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RealNameVerifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OpenId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    IdType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    IdNumber = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Mobile = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Method = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Deadline = table.Column<long>(type: "INTEGER", nullable: false),
                    ReviewReason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    FaceProvider = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    FaceRequestId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    FacePassed = table.Column<bool>(type: "INTEGER", nullable: true),
                    FaceScore = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: true),
                    FaceCheckedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    FrontPhotoKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    BackPhotoKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReviewerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReviewerName = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    ReviewedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RejectReason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    IdNumberHash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    MobileHash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RealNameVerifications", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Customers_WeChatOpenId",
                table: "Customers",
                column: "WeChatOpenId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RealNameNotices_OpenId_CreatedAt",
                table: "RealNameNotices",
                columns: new[] { "OpenId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_RealNameVerifications_FaceRequestId",
                table: "RealNameVerifications",
                column: "FaceRequestId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RealNameVerifications_OpenId_SubmittedAt",
                table: "RealNameVerifications",
                columns: new[] { "OpenId", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_RealNameVerifications_Status_Deadline",
                table: "RealNameVerifications",
                columns: new[] { "Status", "Deadline" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RealNameNotices");

            migrationBuilder.DropTable(
                name: "RealNameVerifications");

            migrationBuilder.DropIndex(
                name: "IX_Customers_WeChatOpenId",
                table: "Customers");

            migrationBuilder.DropColumn(
                name: "RealNameVerifiedAt",
                table: "Customers");

            migrationBuilder.DropColumn(
                name: "WeChatOpenId",
                table: "Customers");
        }
    }
}
