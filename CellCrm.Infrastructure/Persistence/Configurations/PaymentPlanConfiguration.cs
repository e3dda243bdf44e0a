using CellCrm.Domain.Payments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CellCrm.Infrastructure.Persistence.Configurations;

public sealed class PaymentPlanConfiguration : IEntityTypeConfiguration<PaymentPlan>
{
    public void Configure(EntityTypeBuilder<PaymentPlan> b)
    {
        b.ToTable("PaymentPlans");
        // Recorded under the contract, so a plan change shows in the contract's 修改记录.
        b.HasAnnotation(ModelAnnotations.AuditRoot, nameof(PaymentPlan.ContractId));
        b.Property(p => p.UpdatedByName).HasMaxLength(PaymentPlan.NameMaxLength).IsRequired();
        b.Ignore(p => p.TotalFen);
        b.HasIndex(p => p.ContractId).IsUnique();
        b.HasMany(p => p.Lines).WithOne().HasForeignKey(l => l.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(p => p.Lines).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_lines");
    }
}
