using CellCrm.Domain.Customers;
using CellCrm.Domain.RealName;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CellCrm.Infrastructure.Persistence.Configurations;

public sealed class RealNameNoticeConfiguration : IEntityTypeConfiguration<RealNameNotice>
{
    public void Configure(EntityTypeBuilder<RealNameNotice> b)
    {
        b.ToTable("RealNameNotices");
        b.Property(n => n.OpenId).HasMaxLength(Customer.WeChatOpenIdMaxLength).IsRequired();
        b.Property(n => n.Title).HasMaxLength(RealNameNotice.TitleMaxLength).IsRequired();
        b.Property(n => n.Body).HasMaxLength(RealNameNotice.BodyMaxLength).IsRequired();
        b.HasIndex(n => new { n.OpenId, n.CreatedAt });
    }
}
