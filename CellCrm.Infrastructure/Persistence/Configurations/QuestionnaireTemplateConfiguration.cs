using CellCrm.Domain.Health;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CellCrm.Infrastructure.Persistence.Configurations;

public sealed class QuestionnaireTemplateConfiguration : IEntityTypeConfiguration<QuestionnaireTemplate>
{
    public void Configure(EntityTypeBuilder<QuestionnaireTemplate> b)
    {
        b.ToTable("QuestionnaireTemplates");
        b.Property(t => t.Name).HasMaxLength(QuestionnaireTemplate.NameMaxLength).IsRequired();
        b.Ignore(t => t.CurrentVersion);
        b.HasIndex(t => t.MedicalExpertId);
        b.HasMany(t => t.Versions).WithOne().HasForeignKey(v => v.TemplateId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(t => t.Versions).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
