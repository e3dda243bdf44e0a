using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CellCrm.Infrastructure.Persistence;

/// <summary>Lets <c>dotnet ef migrations add</c> build the MySQL model without a running server.</summary>
public sealed class MySqlDesignTimeFactory : IDesignTimeDbContextFactory<MySqlCellCrmDbContext>
{
    public MySqlCellCrmDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<MySqlCellCrmDbContext>()
            .UseMySql("Server=localhost;Database=cellcrm", MySqlCellCrmDbContext.ServerVersion).Options, DesignTimeKeys.Protector());
}
