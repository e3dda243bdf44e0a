using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CellCrm.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StaffAdministration : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DataScope",
                table: "StaffMembers",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Mobile",
                table: "StaffMembers",
                type: "TEXT",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MobileHash",
                table: "StaffMembers",
                type: "TEXT",
                fixedLength: true,
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Departments",
                table: "Hospitals",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_StaffMembers_MobileHash",
                table: "StaffMembers",
                column: "MobileHash");

            migrationBuilder.CreateIndex(
                name: "IX_StaffMembers_Name",
                table: "StaffMembers",
                column: "Name");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_StaffMembers_MobileHash",
                table: "StaffMembers");

            migrationBuilder.DropIndex(
                name: "IX_StaffMembers_Name",
                table: "StaffMembers");

            migrationBuilder.DropColumn(
                name: "DataScope",
                table: "StaffMembers");

            migrationBuilder.DropColumn(
                name: "Mobile",
                table: "StaffMembers");

            migrationBuilder.DropColumn(
                name: "MobileHash",
                table: "StaffMembers");

            migrationBuilder.DropColumn(
                name: "Departments",
                table: "Hospitals");
        }
    }
}
