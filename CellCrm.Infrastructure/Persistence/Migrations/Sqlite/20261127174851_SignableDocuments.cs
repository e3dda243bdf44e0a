using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CellCrm.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SignableDocuments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SignableDocuments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SubjectType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    TemplateCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    TemplateVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    TemplateDataJson = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreatedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UnsignedFileId = table.Column<Guid>(type: "TEXT", nullable: true),
                    UnsignedSha256 = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: true),
                    GeneratedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CurrentFileId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CurrentSha256 = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: true),
                    SignedFileId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SignedSha256 = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: true),
                    SignedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    VoidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    VoidReason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignableDocuments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DocumentSigners",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FieldName = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SignedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DocumentSigners", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DocumentSigners_SignableDocuments_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "SignableDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SignatureEvidence",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SignerOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SignerName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    MaskedIdNumber = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    OpenId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    IpAddress = table.Column<string>(type: "TEXT", maxLength: 45, nullable: true),
                    UserAgent = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    SignedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    HashBefore = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    HashAfter = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    SignatureImageFileId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SignedFileId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InkPixels = table.Column<int>(type: "INTEGER", nullable: false),
                    TemplateCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    TemplateVersion = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignatureEvidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SignatureEvidence_SignableDocuments_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "SignableDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DocumentSigners_CustomerId",
                table: "DocumentSigners",
                column: "CustomerId");

            migrationBuilder.CreateIndex(
                name: "IX_DocumentSigners_DocumentId_Order",
                table: "DocumentSigners",
                columns: new[] { "DocumentId", "Order" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SignableDocuments_CustomerId_Status",
                table: "SignableDocuments",
                columns: new[] { "CustomerId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_SignableDocuments_SubjectType_SubjectId",
                table: "SignableDocuments",
                columns: new[] { "SubjectType", "SubjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_SignatureEvidence_DocumentId_SignerOrder",
                table: "SignatureEvidence",
                columns: new[] { "DocumentId", "SignerOrder" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DocumentSigners");

            migrationBuilder.DropTable(
                name: "SignatureEvidence");

            migrationBuilder.DropTable(
                name: "SignableDocuments");
        }
    }
}
