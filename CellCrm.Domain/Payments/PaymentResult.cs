namespace CellCrm.Domain.Payments;

/// <summary>The outcome of a WeChat Pay call without a value (e.g. closing an order).</summary>
public class PaymentResult
{
    protected PaymentResult(PaymentError? error) => Error = error;

    public PaymentError? Error { get; }

    public bool Succeeded => Error is null;

    public static PaymentResult Success() => new(null);

    public static PaymentResult Failure(PaymentError error) => new(error);
}
