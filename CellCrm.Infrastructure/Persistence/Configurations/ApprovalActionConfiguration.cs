using CellCrm.Domain.Approvals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CellCrm.Infrastructure.Persistence.Configurations;

public sealed class ApprovalActionConfiguration : IEntityTypeConfiguration<ApprovalAction>
{
    public void Configure(EntityTypeBuilder<ApprovalAction> b)
    {
        b.ToTable("ApprovalActions");
        b.HasAnnotation(ModelAnnotations.AuditRoot, nameof(ApprovalAction.RequestId));
        b.Property(a => a.ActorName).HasMaxLength(60).IsRequired();
        b.Property(a => a.StepName).HasMaxLength(ApprovalStepDefinition.NameMaxLength);
        b.Property(a => a.Comment).HasMaxLength(ApprovalAction.CommentMaxLength);
        b.HasIndex(a => new { a.ActorId, a.Kind });
        b.HasIndex(a => new { a.RequestId, a.Sequence }).IsUnique();
    }
}
