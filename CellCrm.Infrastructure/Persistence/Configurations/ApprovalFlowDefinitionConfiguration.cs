using CellCrm.Domain.Approvals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CellCrm.Infrastructure.Persistence.Configurations;

public sealed class ApprovalFlowDefinitionConfiguration : IEntityTypeConfiguration<ApprovalFlowDefinition>
{
    public void Configure(EntityTypeBuilder<ApprovalFlowDefinition> b)
    {
        b.ToTable("ApprovalFlows");
        b.Property(f => f.Name).HasMaxLength(ApprovalFlowDefinition.NameMaxLength).IsRequired();
        b.HasIndex(f => f.BusinessType).IsUnique();
        b.HasMany(f => f.Steps).WithOne().HasForeignKey(s => s.FlowId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(f => f.Steps).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
