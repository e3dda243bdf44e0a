using CellCrm.Domain.Approvals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CellCrm.Infrastructure.Persistence.Configurations;

public sealed class ApprovalAssigneeConfiguration : IEntityTypeConfiguration<ApprovalAssignee>
{
    public void Configure(EntityTypeBuilder<ApprovalAssignee> b)
    {
        b.ToTable("ApprovalAssignees");
        b.HasAnnotation(ModelAnnotations.AuditRoot, nameof(ApprovalAssignee.RequestId));
        b.Property(a => a.StaffName).HasMaxLength(60).IsRequired();
        b.HasIndex(a => new { a.StaffId, a.StepId });
    }
}
