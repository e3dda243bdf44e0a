using CellCrm.Infrastructure.Security;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CellCrm.Infrastructure.Persistence;

public static class PersonalDataPropertyExtensions
{
    public const int CipherMaxLength = 128;
    public const int HashLength = 64;

    /// <summary>Stores the property encrypted, keeps a keyed hash of it in <paramref name="hashColumn"/> (indexed
    /// by the caller) and masks it in the audit trail with <paramref name="mask"/> ("mobile" or "id").</summary>
    /// <summary>Stores the property encrypted, keeps a keyed hash of it in <paramref name="hashColumn"/> (indexed
    /// by the caller) and masks it in the audit trail with <paramref name="mask"/> ("mobile" or "id").</summary>
    public static PropertyBuilder IsPersonalData(this PropertyBuilder property, IPersonalDataProtector protector, string hashColumn, string mask)
    {
        property.HasConversion(new ValueConverter<string?, string?>(v => v == null ? null : protector.Encrypt(v), v => v == null ? null : protector.Decrypt(v)))
            .HasMaxLength(CipherMaxLength)
            .HasAnnotation(ModelAnnotations.LookupHash, hashColumn)
            .HasAnnotation(ModelAnnotations.PersonalMask, mask);
        return property;
    }
}
