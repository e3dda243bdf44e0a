using CellCrm.Domain.Signing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CellCrm.Infrastructure.Persistence.Configurations;

public sealed class SignableDocumentConfiguration : IEntityTypeConfiguration<SignableDocument>
{
    public void Configure(EntityTypeBuilder<SignableDocument> b)
    {
        b.ToTable("SignableDocuments");
        b.Property(d => d.SubjectType).HasMaxLength(SigningSubject.TypeMaxLength).IsRequired();
        b.Property(d => d.Title).HasMaxLength(SignableDocument.TitleMaxLength).IsRequired();
        b.Property(d => d.TemplateCode).HasMaxLength(SignableDocument.TemplateCodeMaxLength).IsRequired();
        // The template's input, masked where personal; kept to print the document again, not worth auditing.
        b.Property(d => d.TemplateDataJson).IsRequired().HasAnnotation(ModelAnnotations.NotAudited, true);
        b.Property(d => d.UnsignedSha256).HasMaxLength(64).IsFixedLength();
        b.Property(d => d.CurrentSha256).HasMaxLength(64).IsFixedLength();
        b.Property(d => d.SignedSha256).HasMaxLength(64).IsFixedLength();
        b.Property(d => d.VoidReason).HasMaxLength(SignableDocument.ReasonMaxLength);
        b.Ignore(d => d.Subject);
        b.Ignore(d => d.CurrentSigner);
        b.HasIndex(d => new { d.SubjectType, d.SubjectId });
        b.HasIndex(d => new { d.CustomerId, d.Status });
        b.HasMany(d => d.Signers).WithOne().HasForeignKey(s => s.DocumentId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(d => d.Evidence).WithOne().HasForeignKey(e => e.DocumentId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(d => d.Signers).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(d => d.Evidence).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
