using CellCrm.Domain.Health;
using CellCrm.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CellCrm.Infrastructure.Persistence.Configurations;

/// <summary>Signed questionnaires. The answers are health data: stored encrypted like ID numbers, and left out
/// of the audit trail (which records that the questionnaire was submitted, not what it says).</summary>
public sealed class SubmittedQuestionnaireConfiguration(IPersonalDataProtector protector) : IEntityTypeConfiguration<SubmittedQuestionnaire>
{
    public void Configure(EntityTypeBuilder<SubmittedQuestionnaire> b)
    {
        b.ToTable("SubmittedQuestionnaires");
        b.HasAnnotation(ModelAnnotations.AuditRoot, nameof(SubmittedQuestionnaire.DemandListId));
        b.Property(q => q.AnswersJson).IsRequired()
            .HasConversion(new ValueConverter<string, string>(v => protector.Encrypt(v), v => protector.Decrypt(v)))
            .HasAnnotation(ModelAnnotations.NotAudited, true);
        b.Property(q => q.TemplateName).HasMaxLength(SubmittedQuestionnaire.TemplateNameMaxLength).IsRequired();
        b.Property(q => q.SignerName).HasMaxLength(SubmittedQuestionnaire.SignerNameMaxLength).IsRequired();
        b.Property(q => q.IpAddress).HasMaxLength(SubmittedQuestionnaire.IpAddressMaxLength);
        b.Property(q => q.UserAgent).HasMaxLength(SubmittedQuestionnaire.UserAgentMaxLength);
        b.Property(q => q.PdfFileKey).HasMaxLength(SubmittedQuestionnaire.FileKeyMaxLength).IsRequired();
        b.Property(q => q.PdfSha256Hex).HasMaxLength(64).IsFixedLength().IsRequired();
        b.Ignore(q => q.Answers);
        b.HasIndex(q => q.DemandListId);
        b.HasIndex(q => q.CustomerId);
    }
}
