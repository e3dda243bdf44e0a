using CellCrm.Domain.Catalog;
using CellCrm.Domain.OfflineCollections;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CellCrm.Infrastructure.Persistence.Configurations;

public sealed class OfflineCollectionConfiguration : IEntityTypeConfiguration<OfflineCollection>
{
    public void Configure(EntityTypeBuilder<OfflineCollection> b)
    {
        b.ToTable("OfflineCollections");
        b.Property(c => c.ContractNumber).HasMaxLength(OfflineCollection.ContractNumberMaxLength).IsRequired();
        b.Property(c => c.OtherMethod).HasMaxLength(OfflineCollection.OtherMethodMaxLength);
        b.Property(c => c.Payer).HasMaxLength(OfflineCollection.PayerMaxLength).IsRequired();
        b.Property(c => c.Remarks).HasMaxLength(OfflineCollection.RemarksMaxLength);
        b.Property(c => c.EnteredByName).HasMaxLength(60).IsRequired();
        b.Property(c => c.CheckerName).HasMaxLength(60);
        b.Property(c => c.ErrorNote).HasMaxLength(OfflineCollection.ErrorNoteMaxLength);
        b.Property(c => c.RequestKey).HasAnnotation(ModelAnnotations.NotAudited, true);
        b.Ignore(c => c.IsDeduction);
        b.Ignore(c => c.Counts);
        b.Ignore(c => c.IsEditable);
        b.Ignore(c => c.MethodLabel);
        b.HasIndex(c => c.RequestKey).IsUnique();
        b.HasIndex(c => new { c.ContractId, c.Status });
        b.HasIndex(c => new { c.Status, c.ReceivedOn });
        b.HasIndex(c => new { c.OwnerId, c.ReceivedOn });
        b.HasIndex(c => new { c.DepartmentId, c.ReceivedOn });
        b.HasIndex(c => c.PrepaymentOrderId);
        b.HasMany(c => c.Lines).WithOne().HasForeignKey(l => l.CollectionId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(c => c.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
