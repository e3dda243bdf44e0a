using CellCrm.Domain.Approvals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CellCrm.Infrastructure.Persistence.Configurations;

public sealed class ApprovalStepConfiguration : IEntityTypeConfiguration<ApprovalStep>
{
    public void Configure(EntityTypeBuilder<ApprovalStep> b)
    {
        b.ToTable("ApprovalSteps");
        b.HasAnnotation(ModelAnnotations.AuditRoot, nameof(ApprovalStep.RequestId));
        b.Property(s => s.Name).HasMaxLength(ApprovalStepDefinition.NameMaxLength).IsRequired();
        b.Property(s => s.DecidedByName).HasMaxLength(60);
        b.Property(s => s.Comment).HasMaxLength(ApprovalAction.CommentMaxLength);
        b.HasIndex(s => new { s.RequestId, s.Round, s.Order }).IsUnique();
        b.HasIndex(s => new { s.Status, s.StartedAt });
        b.HasMany(s => s.Assignees).WithOne().HasForeignKey(a => a.StepId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(s => s.Assignees).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
