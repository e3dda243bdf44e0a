using CellCrm.Domain.Common;
using CellCrm.Domain.Payments;
using CellCrm.Domain.Refunds;
using CellCrm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CellCrm.Infrastructure.Refunds;

/// <summary>Pays an approved refund application out (issue 7 "Refunds"): each online line goes to WeChat Pay's refund
/// API under its own out_refund_no, saved before the call so that a lost answer is never followed by a blind second
/// request (the job queries first); bank-transfer lines are recorded by finance. Finance's actions are checked by
/// the caller.</summary>
public sealed partial class RefundPayout(CellCrmDbContext db, IPaymentGateway gateway, RefundSettlement settlement,
    IEnumerable<IRefundPaidListener> listeners, TimeProvider clock, ILogger<RefundPayout> logger)
{
    /// <summary>发起退款: numbers saved first, then one refund request per online line.</summary>
    public async Task StartAsync(Guid id, int version, CancellationToken ct)
    {
        var application = await LoadAsync(id, version, ct);
        application.StartPayout(clock.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (Exception e) when (SaveConflicts.IsConflict(e))
        {
            throw new DomainException("退款申请已被他人处理，请刷新后查看");
        }

        var lines = application.Lines.Where(l => l.State == RefundLineState.Processing && l.OutRefundNo is not null)
            .Select(l => (l.OutRefundNo!, l.SourceId, l.AmountFen, l.SourceReceivedFen)).ToList();
        db.ChangeTracker.Clear();
        foreach (var (outRefundNo, sourceId, amountFen, totalFen) in lines)
        {
            await RequestAsync(outRefundNo, sourceId, amountFen, totalFen, application.Reason, ct);
        }
    }

    /// <summary>Queries a line still 退款中 (no notify yet, or the create answer was lost); asks WeChat Pay to refund
    /// only when it does not know the number — the same number again can never refund twice.</summary>
    public async Task<RefundSettleOutcome> QueryAsync(string outRefundNo, CancellationToken ct)
    {
        var queried = await gateway.QueryRefundAsync(outRefundNo, ct);
        if (queried.Succeeded)
        {
            return await settlement.ApplyAsync(queried.Value!, ct);
        }

        if (queried.Error!.Kind != PaymentErrorKind.NotFound)
        {
            LogQueryFailed(logger, outRefundNo, queried.Error.ToString());
            return RefundSettleOutcome.StillProcessing;
        }

        var line = await db.RefundApplications.AsNoTracking().SelectMany(a => a.Lines).Where(l => l.OutRefundNo == outRefundNo)
            .Select(l => new { l.SourceId, l.AmountFen, l.SourceReceivedFen, l.RefundApplicationId }).FirstOrDefaultAsync(ct);
        if (line is null)
        {
            return RefundSettleOutcome.UnknownRefund;
        }

        var reason = await db.RefundApplications.AsNoTracking().Where(a => a.Id == line.RefundApplicationId).Select(a => a.Reason).FirstAsync(ct);
        return await RequestAsync(outRefundNo, line.SourceId, line.AmountFen, line.SourceReceivedFen, reason, ct);
    }

    public async Task SwitchToBankTransferAsync(Guid id, int version, Guid lineId, CancellationToken ct)
    {
        var application = await LoadAsync(id, version, ct);
        application.SwitchToBankTransfer(lineId);
        await SaveAsync(ct);
    }

    /// <summary>Finance records a bank transfer (date, voucher number, voucher file already stored).</summary>
    public async Task RecordBankTransferAsync(Guid id, int version, Guid lineId, DateOnly paidOn, string? voucherNo, Guid? voucherFileId,
        string recordedBy, CancellationToken ct)
    {
        var application = await LoadAsync(id, version, ct);
        application.RecordBankTransfer(lineId, paidOn, voucherNo, voucherFileId, recordedBy, clock.GetUtcNow());
        var line = application.Lines.Single(l => l.Id == lineId);
        foreach (var listener in listeners)
        {
            await listener.OnLineRefundedAsync(application, line, ct);
        }

        await SaveAsync(ct);
    }

    private async Task<RefundSettleOutcome> RequestAsync(string outRefundNo, Guid paymentId, long amountFen, long totalFen, string reason, CancellationToken ct)
    {
        var outTradeNo = await db.Payments.AsNoTracking().Where(p => p.Id == paymentId).Select(p => p.OutTradeNo).SingleAsync(ct);
        var reasonText = reason.Length > RefundOrder.ReasonMaxLength ? reason[..RefundOrder.ReasonMaxLength] : reason;
        var answer = await gateway.RefundAsync(new RefundOrder(outTradeNo, outRefundNo, amountFen, totalFen, reasonText), ct);
        if (answer.Succeeded)
        {
            return await settlement.ApplyAsync(answer.Value!, ct);
        }

        var error = answer.Error!;
        LogRefundFailed(logger, outRefundNo, error.ToString());
        if (error.Kind is PaymentErrorKind.Unavailable or PaymentErrorKind.RateLimited or PaymentErrorKind.UntrustedResponse)
        {
            // Outcome unknown: the line stays 退款中 and the job queries it before anything else is sent.
            return RefundSettleOutcome.StillProcessing;
        }

        db.ChangeTracker.Clear();
        var application = await db.RefundApplications.Include(a => a.Lines).SingleAsync(a => a.Lines.Any(l => l.OutRefundNo == outRefundNo), ct);
        application.MarkFailed(outRefundNo, $"微信支付拒绝退款：{error.Message}（{error.Code}）", clock.GetUtcNow());
        await SaveAsync(ct);
        return RefundSettleOutcome.Failed;
    }

    private async Task<RefundApplication> LoadAsync(Guid id, int version, CancellationToken ct)
    {
        var application = await db.RefundApplications.Include(a => a.Lines).FirstOrDefaultAsync(a => a.Id == id, ct)
            ?? throw new DomainException("退款申请不存在");
        return application.Version == version ? application : throw new DomainException("退款申请已被他人修改，请刷新后再试");
    }

    private async Task SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (Exception e) when (SaveConflicts.IsConflict(e))
        {
            db.ChangeTracker.Clear();
            throw new DomainException("退款申请已被他人修改，请刷新后再试");
        }
    }

    [LoggerMessage(LogLevel.Warning, "Refund {OutRefundNo} not accepted by WeChat Pay: {Error}")]
    private static partial void LogRefundFailed(ILogger logger, string outRefundNo, string error);

    [LoggerMessage(LogLevel.Warning, "Refund {OutRefundNo} could not be queried: {Error}")]
    private static partial void LogQueryFailed(ILogger logger, string outRefundNo, string error);
}
