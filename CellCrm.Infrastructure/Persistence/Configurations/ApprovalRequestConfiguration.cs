using CellCrm.Domain.Approvals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CellCrm.Infrastructure.Persistence.Configurations;

public sealed class ApprovalRequestConfiguration : IEntityTypeConfiguration<ApprovalRequest>
{
    public void Configure(EntityTypeBuilder<ApprovalRequest> b)
    {
        b.ToTable("ApprovalRequests");
        b.Property(r => r.Title).HasMaxLength(ApprovalRequest.TitleMaxLength).IsRequired();
        b.Property(r => r.SubmitterName).HasMaxLength(60).IsRequired();
        b.Ignore(r => r.CurrentStep);
        b.HasIndex(r => new { r.BusinessType, r.SubjectId });
        b.HasIndex(r => new { r.SubmitterId, r.SubmittedAt });
        b.HasIndex(r => new { r.Status, r.SubmittedAt });
        b.HasMany(r => r.Steps).WithOne().HasForeignKey(s => s.RequestId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(r => r.Actions).WithOne().HasForeignKey(a => a.RequestId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(r => r.Steps).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(r => r.Actions).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
