namespace CellCrm.Domain.Payments;

/// <summary>One JSAPI order of a link: open until WeChat Pay reports it paid or we close it.</summary>
public enum PaymentAttemptState
{
    /// <summary>Ordered (or being ordered): the customer may be paying it; its outcome must be known before another order.</summary>
    Open = 0,
    Paid = 1,

    /// <summary>Queried unpaid and closed at WeChat Pay (or never placed): it can no longer be paid.</summary>
    Closed = 2,
}
