using CellCrm.Domain.Payments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CellCrm.Infrastructure.Persistence.Configurations;

public sealed class PaymentPlanLineConfiguration : IEntityTypeConfiguration<PaymentPlanLine>
{
    public void Configure(EntityTypeBuilder<PaymentPlanLine> b)
    {
        b.ToTable("PaymentPlanLines");
        b.HasAnnotation(ModelAnnotations.AuditRoot, nameof(PaymentPlanLine.ContractId));
        b.Ignore(l => l.Label);
        b.HasIndex(l => new { l.PlanId, l.Period });
        b.HasIndex(l => l.ContractId);
    }
}
