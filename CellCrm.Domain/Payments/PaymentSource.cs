namespace CellCrm.Domain.Payments;

/// <summary>How we learnt of a payment: WeChat Pay's notify, or our own query (payment page, reconciliation).</summary>
public enum PaymentSource
{
    Notify = 0,
    Query = 1,
}
