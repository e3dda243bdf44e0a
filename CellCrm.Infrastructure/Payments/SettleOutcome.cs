namespace CellCrm.Infrastructure.Payments;

/// <summary>What querying an open order found.</summary>
public enum SettleOutcome
{
    /// <summary>Unpaid and now closed: a new order may be placed.</summary>
    Closed,

    /// <summary>Paid: the payment is recorded (the link was saved by the crediting).</summary>
    Paid,

    /// <summary>Still possibly being paid (customer paying, or the prepay still fresh): leave it.</summary>
    StillOpen,

    /// <summary>WeChat Pay did not answer: the outcome stays unknown.</summary>
    Unavailable,
}
