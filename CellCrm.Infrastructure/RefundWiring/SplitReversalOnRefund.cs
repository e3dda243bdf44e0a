using CellCrm.Domain.PaymentSplits;
using CellCrm.Domain.Refunds;
using CellCrm.Infrastructure.PaymentSplits;
using CellCrm.Infrastructure.Refunds;

namespace CellCrm.Infrastructure.RefundWiring;

/// <summary>A refunded line takes its amount back from the approved 回款拆单 of the refunded receipt, proportionally,
/// in the same save as the refund (issue 7). The line's own number is the reversal's reference, so a repeated report
/// of the same refund reverses nothing a second time.</summary>
public sealed class SplitReversalOnRefund(PaymentSplitService splits) : IRefundPaidListener
{
    public async Task OnLineRefundedAsync(RefundApplication application, RefundLine line, CancellationToken ct)
    {
        var kind = line.SourceKind == RefundSourceKind.OnlinePayment ? SplitSourceKind.Online : SplitSourceKind.Offline;
        await splits.ReverseForRefundAsync(kind, line.SourceId, ReferenceOf(line), line.AmountFen, ct);
    }

    /// <summary>"TK" + the line id: the online line's out_refund_no, and as unique for a bank-transfer line.</summary>
    public static string ReferenceOf(RefundLine line) => line.OutRefundNo ?? "TK" + line.Id.ToString("N");
}
