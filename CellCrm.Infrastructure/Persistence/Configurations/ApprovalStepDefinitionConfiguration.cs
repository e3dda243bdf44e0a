using CellCrm.Domain.Approvals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CellCrm.Infrastructure.Persistence.Configurations;

public sealed class ApprovalStepDefinitionConfiguration : IEntityTypeConfiguration<ApprovalStepDefinition>
{
    public void Configure(EntityTypeBuilder<ApprovalStepDefinition> b)
    {
        b.ToTable("ApprovalFlowSteps");
        b.HasAnnotation(ModelAnnotations.AuditRoot, nameof(ApprovalStepDefinition.FlowId));
        b.Property(s => s.Name).HasMaxLength(ApprovalStepDefinition.NameMaxLength).IsRequired();
        b.Property(s => s.Role).HasMaxLength(64);
    }
}
