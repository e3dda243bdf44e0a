using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CellCrm.Infrastructure.Persistence.Migrations.MySql
{
    /// <inheritdoc />
    public partial class OutboxSendingClaims : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "IdempotencyKey",
                table: "SandboxMessages",
                type: "varchar(100)",
                maxLength: 100,
                nullable: true,
                collation: "utf8mb4_unicode_ci")
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.AddColumn<int>(
                name: "InterruptedSends",
                table: "OutboxMessages",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "SendingSince",
                table: "OutboxMessages",
                type: "datetime(6)",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_SandboxMessages_IdempotencyKey",
                table: "SandboxMessages",
                column: "IdempotencyKey",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SandboxMessages_IdempotencyKey",
                table: "SandboxMessages");

            migrationBuilder.DropColumn(
                name: "IdempotencyKey",
                table: "SandboxMessages");

            migrationBuilder.DropColumn(
                name: "InterruptedSends",
                table: "OutboxMessages");

            migrationBuilder.DropColumn(
                name: "SendingSince",
                table: "OutboxMessages");
        }
    }
}
