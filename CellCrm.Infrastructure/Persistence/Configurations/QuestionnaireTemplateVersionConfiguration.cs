using CellCrm.Domain.Health;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CellCrm.Infrastructure.Persistence.Configurations;

public sealed class QuestionnaireTemplateVersionConfiguration : IEntityTypeConfiguration<QuestionnaireTemplateVersion>
{
    public void Configure(EntityTypeBuilder<QuestionnaireTemplateVersion> b)
    {
        b.ToTable("QuestionnaireTemplateVersions");
        b.HasAnnotation(ModelAnnotations.AuditRoot, nameof(QuestionnaireTemplateVersion.TemplateId));
        // The definition as JSON: text without a length limit on both providers.
        b.Property(v => v.DefinitionJson).IsRequired();
        b.Ignore(v => v.Definition);
        b.HasIndex(v => new { v.TemplateId, v.Number }).IsUnique();
    }
}
