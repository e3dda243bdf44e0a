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

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
