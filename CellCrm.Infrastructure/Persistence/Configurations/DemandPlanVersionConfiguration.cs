using CellCrm.Domain.Health;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CellCrm.Infrastructure.Persistence.Configurations;

public sealed class DemandPlanVersionConfiguration : IEntityTypeConfiguration<DemandPlanVersion>
{
    public void Configure(EntityTypeBuilder<DemandPlanVersion> b)
    {
        b.ToTable("DemandPlanVersions");
        b.HasAnnotation(ModelAnnotations.AuditRoot, nameof(DemandPlanVersion.DemandListId));
        b.Property(p => p.CellType).HasMaxLength(PlanContent.TextMaxLength).IsRequired();
        b.Property(p => p.Route).HasMaxLength(PlanContent.TextMaxLength).IsRequired();
        b.Property(p => p.CellCount).HasMaxLength(PlanContent.TextMaxLength).IsRequired();
        b.Property(p => p.Notes).HasMaxLength(PlanContent.NotesMaxLength);
        b.Property(p => p.IssuedByName).HasMaxLength(50).IsRequired();
        b.Property(p => p.DecisionComment).HasMaxLength(DemandPlanVersion.CommentMaxLength);
        b.HasIndex(p => new { p.DemandListId, p.Number }).IsUnique();
    }
}
