using CellCrm.Domain.Common;
using CellCrm.Domain.Payments;
using CellCrm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CellCrm.Infrastructure.Payments;

/// <summary>Records a payment WeChat Pay reported (notify or query) against its link, exactly once: the unique
/// transaction id and the link's version make every concurrent copy but one fail its save, and the retry then
/// finds the payment recorded. The caller has verified the report came from WeChat Pay for our merchant.</summary>
public sealed partial class PaymentCrediting(CellCrmDbContext db, TimeProvider clock, ILogger<PaymentCrediting> logger)
{
    private const int MaxTries = 6;
    private static readonly string[] KeyIndexes = ["Payments_TransactionId", "Payments.TransactionId"];

    public async Task<CreditOutcome> CreditAsync(PaymentTransaction transaction, PaymentSource source, CancellationToken ct)
    {
        if (transaction.State is not (TradeState.Success or TradeState.Refund) || transaction.TransactionId is not { } transactionId)
        {
            return CreditOutcome.NotPaid;
        }

        for (var tries = 1; ; tries++)
        {
            if (await db.Payments.AsNoTracking().AnyAsync(p => p.TransactionId == transactionId, ct))
            {
                return CreditOutcome.AlreadyCredited;
            }

            var linkId = await db.PaymentAttempts.AsNoTracking().Where(a => a.OutTradeNo == transaction.OutTradeNo)
                .Select(a => (Guid?)a.PaymentLinkId).FirstOrDefaultAsync(ct);
            if (linkId is null)
            {
                LogUnknownOrder(logger, transaction.OutTradeNo, transactionId);
                return CreditOutcome.UnknownOrder;
            }

            var link = await db.PaymentLinks.Include(l => l.Attempts).SingleAsync(l => l.Id == linkId, ct);
            var now = clock.GetUtcNow();
            Payment? payment;
            try
            {
                payment = link.Credit(transaction.OutTradeNo, transactionId, transaction.TotalFen, transaction.SuccessTime ?? now, source, now);
            }
            catch (DomainException e)
            {
                LogRefused(logger, transaction.OutTradeNo, transactionId, transaction.TotalFen, e.Message);
                db.ChangeTracker.Clear();
                return CreditOutcome.AmountMismatch;
            }

            if (payment is null)
            {
                return CreditOutcome.AlreadyCredited;
            }

            db.Payments.Add(payment);
            try
            {
                await db.SaveChangesAsync(ct);
                LogCredited(logger, transaction.OutTradeNo, transactionId, payment.AmountFen, source, payment.RequiresRefund);
                return payment.RequiresRefund ? CreditOutcome.CreditedForRefund : CreditOutcome.Credited;
            }
            catch (Exception e) when (tries < MaxTries && SaveConflicts.IsConflict(e, KeyIndexes))
            {
                // Another copy of the same report (or a staff action on the link) saved first: look again.
                db.ChangeTracker.Clear();
            }
        }
    }

    [LoggerMessage(LogLevel.Warning, "Payment for unknown order {OutTradeNo} (transaction {TransactionId}) not recorded")]
    private static partial void LogUnknownOrder(ILogger logger, string outTradeNo, string transactionId);

    [LoggerMessage(LogLevel.Error, "Payment {TransactionId} of {AmountFen} fen for order {OutTradeNo} refused: {Reason}")]
    private static partial void LogRefused(ILogger logger, string outTradeNo, string transactionId, long amountFen, string reason);

    [LoggerMessage(LogLevel.Information, "Payment {TransactionId} of {AmountFen} fen for order {OutTradeNo} recorded from {Source} (refund needed: {RequiresRefund})")]
    private static partial void LogCredited(ILogger logger, string outTradeNo, string transactionId, long amountFen, PaymentSource source, bool requiresRefund);
}
