using System.ComponentModel.DataAnnotations;
using CellCrm.Domain.Customers;

namespace CellCrm.BackOffice.Pages.Customers;

/// <summary>The domain's format and check-digit rule for the ID number, read against the type chosen in the
/// property named <paramref name="typeProperty"/>. An empty number is allowed (the ID is optional).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ValidIdNumberAttribute(string typeProperty) : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        if (value is not string text || string.IsNullOrWhiteSpace(text))
        {
            return ValidationResult.Success;
        }

        var type = validationContext.ObjectType.GetProperty(typeProperty)?.GetValue(validationContext.ObjectInstance) as IdDocumentType?;
        var error = type is { } t ? IdDocument.Validate(t, text) : "请选择证件类型";
        return error is null ? ValidationResult.Success : new ValidationResult(error, [validationContext.MemberName!]);
    }
}
