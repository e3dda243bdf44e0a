using System.ComponentModel.DataAnnotations;
using CellCrm.Domain.Customers;

namespace CellCrm.BackOffice.Pages.Customers;

/// <summary>The domain's mobile rule as a field message; an empty value is left to [Required].</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ValidMobileAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        value is string { Length: > 0 } text && !string.IsNullOrWhiteSpace(text) && MobileNumber.Validate(text) is { } error
            ? new ValidationResult(error, [validationContext.MemberName!])
            : ValidationResult.Success;
}
