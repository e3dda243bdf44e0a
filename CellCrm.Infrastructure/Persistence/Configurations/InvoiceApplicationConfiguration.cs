using CellCrm.Domain.Invoices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CellCrm.Infrastructure.Persistence.Configurations;

public sealed class InvoiceApplicationConfiguration : IEntityTypeConfiguration<InvoiceApplication>
{
    public void Configure(EntityTypeBuilder<InvoiceApplication> b)
    {
        b.ToTable("InvoiceApplications");
        b.Property(a => a.Number).HasMaxLength(InvoiceApplication.NumberMaxLength).IsRequired();
        b.Property(a => a.Title).HasMaxLength(InvoiceApplication.TitleMaxLength).IsRequired();
        b.Property(a => a.TaxId).HasMaxLength(CreditCode.Length);
        b.Property(a => a.Email).HasMaxLength(InvoiceApplication.EmailMaxLength).IsRequired();
        b.Property(a => a.InvoiceNumber).HasMaxLength(InvoiceApplication.InvoiceNumberMaxLength);
        b.Property(a => a.RejectionReason).HasMaxLength(InvoiceApplication.ReasonMaxLength);
        b.Property(a => a.RequestKey).HasAnnotation(ModelAnnotations.NotAudited, true);
        b.Ignore(a => a.CountsAgainstReceived);
        b.HasIndex(a => a.Number).IsUnique();
        b.HasIndex(a => a.RequestKey).IsUnique();
        b.HasIndex(a => new { a.ContractId, a.Status });
        b.HasIndex(a => new { a.Status, a.CreatedAt });
        b.HasIndex(a => new { a.ApplicantId, a.CreatedAt });
        b.HasIndex(a => new { a.DepartmentId, a.CreatedAt });
    }
}
