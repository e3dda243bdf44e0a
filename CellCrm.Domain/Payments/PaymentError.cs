namespace CellCrm.Domain.Payments;

/// <summary>A failed WeChat Pay call: the kind we act on, the provider's code and message (for logs and staff),
/// and the HTTP status when there was an answer.</summary>
public sealed record PaymentError(PaymentErrorKind Kind, string Code, string Message, int? HttpStatus = null)
{
    public override string ToString() => $"{Kind} ({Code}{(HttpStatus is { } s ? $", HTTP {s}" : "")}): {Message}";
}
