using CellCrm.Domain.Common;
using CellCrm.Domain.Payments;
using CellCrm.Domain.Refunds;
using CellCrm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CellCrm.Infrastructure.Refunds;

/// <summary>Applies what WeChat Pay reports about a refund (the refund notify, a query, the create answer) to its line,
/// exactly once: a repeat finds the line settled, and concurrent copies race on the application's version so
/// that all but one retry and find it settled. The caller has verified the report came from WeChat Pay.</summary>
public sealed partial class RefundSettlement(CellCrmDbContext db, IEnumerable<IRefundPaidListener> listeners, TimeProvider clock,
    ILogger<RefundSettlement> logger)
{
    private const int MaxTries = 6;

    /// <summary>A concurrent copy that reversed the refunded receipt's split first (listeners write in this save).</summary>
    private const string SplitReversalRace = "IX_PaymentSplitReversals_SplitId_RefundReference_LineId";

    public async Task<RefundSettleOutcome> ApplyAsync(PaymentRefund refund, CancellationToken ct)
    {
        for (var tries = 1; ; tries++)
        {
            var applicationId = await db.RefundApplications.AsNoTracking().SelectMany(a => a.Lines)
                .Where(l => l.OutRefundNo == refund.OutRefundNo).Select(l => (Guid?)l.RefundApplicationId).FirstOrDefaultAsync(ct);
            if (applicationId is null)
            {
                LogUnknown(logger, refund.OutRefundNo);
                return RefundSettleOutcome.UnknownRefund;
            }

            var application = await db.RefundApplications.Include(a => a.Lines).SingleAsync(a => a.Id == applicationId, ct);
            var line = application.LineByOutRefundNo(refund.OutRefundNo);
            var outTradeNo = await db.Payments.AsNoTracking().Where(p => p.Id == line.SourceId).Select(p => p.OutTradeNo).FirstOrDefaultAsync(ct);
            if (outTradeNo != refund.OutTradeNo)
            {
                LogMismatch(logger, refund.OutRefundNo, $"order {refund.OutTradeNo} is not the refunded payment's {outTradeNo}");
                return RefundSettleOutcome.Mismatch;
            }

            var now = clock.GetUtcNow();
            RefundSettleOutcome outcome;
            try
            {
                outcome = Apply(application, line, refund, now);
            }
            catch (DomainException e)
            {
                LogMismatch(logger, refund.OutRefundNo, e.Message);
                db.ChangeTracker.Clear();
                return RefundSettleOutcome.Mismatch;
            }

            if (outcome == RefundSettleOutcome.Refunded)
            {
                foreach (var listener in listeners)
                {
                    await listener.OnLineRefundedAsync(application, line, ct);
                }
            }

            try
            {
                await db.SaveChangesAsync(ct);
                LogApplied(logger, refund.OutRefundNo, refund.Status, outcome);
                return outcome;
            }
            catch (Exception e) when (tries < MaxTries && SaveConflicts.IsConflict(e, SplitReversalRace))
            {
                // Another copy of the same report (or finance on the same application) saved first: look again.
                db.ChangeTracker.Clear();
            }
        }
    }

    private static RefundSettleOutcome Apply(RefundApplication application, RefundLine line, PaymentRefund refund, DateTimeOffset now)
    {
        if (line.State is RefundLineState.Refunded or RefundLineState.Failed)
        {
            return line.State == RefundLineState.Refunded && refund.Status == RefundStatus.Success && refund.RefundFen != line.AmountFen
                ? throw new DomainException("退款金额与退款明细不符")
                : RefundSettleOutcome.AlreadySettled;
        }

        switch (refund.Status)
        {
            case RefundStatus.Success:
                application.MarkRefunded(refund.OutRefundNo, refund.RefundId, refund.RefundFen, refund.SuccessTime ?? now);
                return RefundSettleOutcome.Refunded;
            case RefundStatus.Processing:
                application.MarkAccepted(refund.OutRefundNo, refund.RefundId);
                return RefundSettleOutcome.StillProcessing;
            case RefundStatus.Closed:
                application.MarkFailed(refund.OutRefundNo, "微信支付已关闭该退款", now);
                return RefundSettleOutcome.Failed;
            case RefundStatus.Abnormal:
                application.MarkFailed(refund.OutRefundNo, "微信支付退款异常（如用户银行卡已注销），请改为银行转账", now);
                return RefundSettleOutcome.Failed;
        }

        return RefundSettleOutcome.StillProcessing;
    }

    [LoggerMessage(LogLevel.Warning, "Refund report for unknown refund {OutRefundNo} ignored")]
    private static partial void LogUnknown(ILogger logger, string outRefundNo);

    [LoggerMessage(LogLevel.Error, "Refund report for {OutRefundNo} refused: {Reason}")]
    private static partial void LogMismatch(ILogger logger, string outRefundNo, string reason);

    [LoggerMessage(LogLevel.Information, "Refund {OutRefundNo} reported {Status}: {Outcome}")]
    private static partial void LogApplied(ILogger logger, string outRefundNo, RefundStatus status, RefundSettleOutcome outcome);
}
