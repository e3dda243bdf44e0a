namespace CellCrm.Infrastructure.Invoices;

/// <summary>What a contract may still invoice: received, minus what is invoiced or waiting to be (all in fen).</summary>
public sealed record Invoiceable(long ReceivedFen, long InvoicedOrPendingFen)
{
    public long AvailableFen => Math.Max(0, ReceivedFen - InvoicedOrPendingFen);
}
