using CellCrm.Domain.Refunds;

namespace CellCrm.Infrastructure.Refunds;

/// <summary>Reacts when a refund line has been paid out, inside the same unit of work (e.g. reversing a ratio split
/// of the refunded payment proportionally, issue 7). None is registered by the refunds area itself.</summary>
public interface IRefundPaidListener
{
    Task OnLineRefundedAsync(RefundApplication application, RefundLine line, CancellationToken ct);
}
