using CellCrm.Domain.Refunds;
using CellCrm.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CellCrm.Infrastructure.Persistence.Configurations;

/// <summary>Needs the protector (the refund account is stored encrypted), so <see cref="CellCrmDbContext"/> applies it
/// itself. The audit trail shows the account number masked and leaves the holder's name out.</summary>
public sealed class RefundApplicationConfiguration(IPersonalDataProtector protector) : IEntityTypeConfiguration<RefundApplication>
{
    public const int AccountCipherMaxLength = 320;

    public void Configure(EntityTypeBuilder<RefundApplication> b)
    {
        var encrypted = new ValueConverter<string?, string?>(v => v == null ? null : protector.Encrypt(v), v => v == null ? null : protector.Decrypt(v));
        b.ToTable("RefundApplications");
        b.Property(a => a.Number).HasMaxLength(RefundApplication.NumberMaxLength).IsRequired();
        b.Property(a => a.Reason).HasMaxLength(RefundApplication.ReasonMaxLength).IsRequired();
        b.Property(a => a.RejectionReason).HasMaxLength(RefundApplication.ReasonMaxLength);
        b.Property(a => a.ApplicantName).HasMaxLength(RefundApplication.NameMaxLength).IsRequired();
        b.Property(a => a.RequestKey).HasMaxLength(RefundApplication.RequestKeyMaxLength).IsRequired().HasAnnotation(ModelAnnotations.NotAudited, true);
        b.Property(a => a.AccountHolderName).HasConversion(encrypted).HasMaxLength(AccountCipherMaxLength).HasAnnotation(ModelAnnotations.NotAudited, true);
        b.Property(a => a.AccountBankName).HasConversion(encrypted).HasMaxLength(AccountCipherMaxLength);
        b.Property(a => a.AccountNumber).HasConversion(encrypted).HasMaxLength(AccountCipherMaxLength).HasAnnotation(ModelAnnotations.PersonalMask, "id");
        b.Ignore(a => a.TotalFen);
        b.Ignore(a => a.Account);
        b.HasMany(a => a.Lines).WithOne().HasForeignKey(l => l.RefundApplicationId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(a => a.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasIndex(a => a.Number).IsUnique();
        // The same create form sent twice makes one application.
        b.HasIndex(a => a.RequestKey).IsUnique();
        b.HasIndex(a => new { a.ContractId, a.Status });
        b.HasIndex(a => new { a.CustomerId, a.CreatedAt });
        b.HasIndex(a => new { a.DepartmentId, a.CreatedAt });
        b.HasIndex(a => new { a.Status, a.PayoutStartedAt });
        b.HasIndex(a => a.TerminationAgreementId);
    }
}
