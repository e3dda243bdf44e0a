namespace CellCrm.Domain.Payments;

/// <summary>The outcome of a WeChat Pay call: a value or a <see cref="PaymentError"/>.</summary>
public sealed class PaymentResult<T> : PaymentResult
    where T : class
{
    private PaymentResult(T? value, PaymentError? error)
        : base(error) => ValueOrDefault = value;

    public T? ValueOrDefault { get; }

    public T Value => ValueOrDefault ?? throw new InvalidOperationException($"The payment call failed: {Error}");

    public static PaymentResult<T> Success(T value) => new(value, null);

    public static new PaymentResult<T> Failure(PaymentError error) => new(null, error);
}
