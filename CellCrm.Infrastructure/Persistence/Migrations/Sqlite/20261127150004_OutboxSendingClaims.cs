using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CellCrm.Infrastructure.Persistence.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "InterruptedSends",
                table: "OutboxMessages",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "SendingSince",
                table: "OutboxMessages",
                type: "INTEGER",
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
