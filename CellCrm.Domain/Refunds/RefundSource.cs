namespace CellCrm.Domain.Refunds;

/// <summary>Received money that may be refunded, as the application sees it when a line is added: whose it is, how
/// much was received and how much of it other refund applications already give back or are giving back (fen).</summary>
public sealed record RefundSource(RefundSourceKind Kind, Guid Id, Guid CustomerId, Guid? ContractId, string Label,
    long ReceivedFen, long ReservedFen)
{
    /// <summary>可退金额: received minus what is refunded or being refunded.</summary>
    public long RefundableFen => Math.Max(0, ReceivedFen - ReservedFen);
}
