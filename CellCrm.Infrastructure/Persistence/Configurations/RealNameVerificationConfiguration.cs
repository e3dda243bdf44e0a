using CellCrm.Domain.Customers;
using CellCrm.Domain.RealName;
using CellCrm.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CellCrm.Infrastructure.Persistence.Configurations;

/// <summary>Needs the protector (ID number and mobile are encrypted at rest), so CellCrmDbContext applies it
/// explicitly, like <see cref="CustomerConfiguration"/>.</summary>
public sealed class RealNameVerificationConfiguration(IPersonalDataProtector protector) : IEntityTypeConfiguration<RealNameVerification>
{
    public const string MobileHash = "MobileHash";
    public const string IdNumberHash = "IdNumberHash";

    public void Configure(EntityTypeBuilder<RealNameVerification> b)
    {
        b.ToTable("RealNameVerifications");
        b.Property(v => v.OpenId).HasMaxLength(RealNameVerification.OpenIdMaxLength).IsRequired();
        b.Property(v => v.Name).HasMaxLength(Customer.NameMaxLength).IsRequired();
        b.Property(v => v.IdNumber).IsRequired().IsPersonalData(protector, IdNumberHash, "id");
        b.Property(v => v.Mobile).IsRequired().IsPersonalData(protector, MobileHash, "mobile");
        b.Property<string>(MobileHash).HasMaxLength(PersonalDataPropertyExtensions.HashLength).IsFixedLength().IsRequired();
        b.Property<string>(IdNumberHash).HasMaxLength(PersonalDataPropertyExtensions.HashLength).IsFixedLength().IsRequired();
        b.Property(v => v.ReviewReason).HasMaxLength(RealNameVerification.ReasonMaxLength);
        b.Property(v => v.RejectReason).HasMaxLength(RealNameVerification.ReasonMaxLength);
        b.Property(v => v.FaceProvider).HasMaxLength(FaceEvidence.ProviderMaxLength);
        b.Property(v => v.FaceRequestId).HasMaxLength(FaceEvidence.RequestIdMaxLength);
        b.Property(v => v.FaceScore).HasPrecision(5, 2);
        b.Property(v => v.FrontPhotoKey).HasMaxLength(RealNameVerification.PhotoKeyMaxLength);
        b.Property(v => v.BackPhotoKey).HasMaxLength(RealNameVerification.PhotoKeyMaxLength);
        b.Property(v => v.ReviewerName).HasMaxLength(60);
        b.Ignore(v => v.IsVerified);
        b.HasIndex(v => new { v.OpenId, v.SubmittedAt });
        b.HasIndex(v => new { v.Status, v.Deadline });
        // A provider's result is recorded once, however often the browser comes back with it.
        b.HasIndex(v => v.FaceRequestId).IsUnique();
    }
}
