using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CellCrm.Infrastructure.Persistence.Migrations.MySql
{
    /// <inheritdoc />
    public partial class split_InvoiceApplications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
