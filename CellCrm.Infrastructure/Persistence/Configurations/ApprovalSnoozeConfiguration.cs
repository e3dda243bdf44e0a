using CellCrm.Domain.Approvals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CellCrm.Infrastructure.Persistence.Configurations;

public sealed class ApprovalSnoozeConfiguration : IEntityTypeConfiguration<ApprovalSnooze>
{
    public void Configure(EntityTypeBuilder<ApprovalSnooze> b)
    {
        b.ToTable("ApprovalSnoozes");
        b.HasIndex(s => new { s.StaffId, s.RequestId }).IsUnique();
    }
}
