using CellCrm.Domain.Contracts;
using CellCrm.Domain.OfflineCollections;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CellCrm.Infrastructure.Persistence.Configurations;

public sealed class PrepaymentAccountConfiguration : IEntityTypeConfiguration<PrepaymentAccount>
{
    public void Configure(EntityTypeBuilder<PrepaymentAccount> b)
    {
        b.ToTable("PrepaymentAccounts");
        // One account per 预付款订单, sharing its id: two first deductions at once collide on the key.
        b.HasOne<Contract>().WithOne().HasForeignKey<PrepaymentAccount>(a => a.Id).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(a => a.CustomerId);
    }
}
