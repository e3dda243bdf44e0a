using System.Globalization;
using CellCrm.Domain.Contracts;
using CellCrm.Domain.Payments;

namespace CellCrm.BackOffice.Services.Payments;

/// <summary>One instalment as typed in the plan editor. Unreadable parts become null, which the domain refuses by field.</summary>
public sealed class PlanLineInput
{
    public string? DueDate { get; set; }

    public string? Amount { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(DueDate) && string.IsNullOrWhiteSpace(Amount);

    public PlanLineDraft ToDraft() => new(
        DateOnly.TryParseExact(DueDate?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var due) ? due : null,
        Money.ParseYuan(Amount));
}
