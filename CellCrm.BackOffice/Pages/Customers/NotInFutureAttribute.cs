using System.ComponentModel.DataAnnotations;
using CellCrm.Domain.Common;

namespace CellCrm.BackOffice.Pages.Customers;

/// <summary>A date no later than today in China Standard Time (a birthday cannot be tomorrow).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class NotInFutureAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        var clock = validationContext.GetService(typeof(TimeProvider)) as TimeProvider ?? TimeProvider.System;
        return value is DateOnly date && date > ChinaTime.Today(clock)
            ? new ValidationResult(ErrorMessage, [validationContext.MemberName!])
            : ValidationResult.Success;
    }
}
