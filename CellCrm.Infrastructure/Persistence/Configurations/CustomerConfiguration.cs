using CellCrm.Domain.Customers;
using CellCrm.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CellCrm.Infrastructure.Persistence.Configurations;

public sealed class CustomerConfiguration(IPersonalDataProtector protector) : IEntityTypeConfiguration<Customer>
{
    public const string MobileHash = "MobileHash";
    public const string IdNumberHash = "IdNumberHash";

    public void Configure(EntityTypeBuilder<Customer> b)
    {
        b.ToTable("Customers");
        b.Property(c => c.Name).HasMaxLength(Customer.NameMaxLength).IsRequired();
        b.Property(c => c.Mobile).IsRequired().IsPersonalData(protector, MobileHash, "mobile");
        b.Property(c => c.IdNumber).IsPersonalData(protector, IdNumberHash, "id");
        b.Property<string>(MobileHash).HasMaxLength(PersonalDataPropertyExtensions.HashLength).IsFixedLength().IsRequired();
        b.Property<string?>(IdNumberHash).HasMaxLength(PersonalDataPropertyExtensions.HashLength).IsFixedLength();
        // One customer per mobile and per ID number: the database enforces 查重 even when two saves race.
        b.HasIndex(MobileHash).IsUnique();
        b.HasIndex(IdNumberHash).IsUnique();
        b.Property(c => c.WeChatId).HasMaxLength(Customer.WeChatIdMaxLength);
        b.Property(c => c.Occupation).HasMaxLength(Customer.OccupationMaxLength);
        b.Property(c => c.Address).HasMaxLength(Customer.AddressMaxLength);
        b.Property(c => c.SourceType).HasMaxLength(Customer.SourceTypeMaxLength);
        b.Property(c => c.Inviter).HasMaxLength(Customer.InviterMaxLength);
        b.Property(c => c.IntendedProduct).HasMaxLength(Customer.IntendedProductMaxLength);
        b.Property(c => c.Remarks).HasMaxLength(Customer.RemarksMaxLength);
        b.Property(c => c.WeChatOpenId).HasMaxLength(Customer.WeChatOpenIdMaxLength);
        b.HasIndex(c => c.WeChatOpenId).IsUnique();
        b.Ignore(c => c.IsRealNameVerified);
        b.HasIndex(c => new { c.OwnerId, c.CreatedAt });
        b.HasIndex(c => new { c.DepartmentId, c.CreatedAt });
        b.HasIndex(c => c.CreatedAt);
        b.HasIndex(c => c.Name);
        b.HasIndex(c => c.FamilyArchiveId);
        b.HasMany(c => c.FollowUps).WithOne().HasForeignKey(f => f.CustomerId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Tags).WithOne().HasForeignKey(t => t.CustomerId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(c => c.FollowUps).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(c => c.Tags).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
