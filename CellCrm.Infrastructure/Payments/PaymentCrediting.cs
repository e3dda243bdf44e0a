using CellCrm.Domain.Common;
using CellCrm.Domain.Payments;
using CellCrm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CellCrm.Infrastructure.Payments;

/// <summary>Records a payment WeChat Pay reported (notify or query) against its link, exactly once. On one node the
/// copies of a report take turns (<see cref="TransactionCreditGate"/>): the first records it, the others find it
/// recorded without another save, and later copies are answered from memory. Across nodes the unique transaction id
/// and the link's version make every concurrent copy but one fail its save, and the retry then finds the payment
/// recorded. The caller has verified the report came from WeChat Pay for our merchant.</summary>
public sealed partial class PaymentCrediting(CellCrmDbContext db, TransactionCreditGate gate, TimeProvider clock, ILogger<PaymentCrediting> logger)
{
    private const int MaxTries = 6;
    private static readonly string[] KeyIndexes = ["Payments_TransactionId", "Payments.TransactionId"];

    public async Task<CreditOutcome> CreditAsync(PaymentTransaction transaction, PaymentSource source, CancellationToken ct)
    {
        if (transaction.State is not (TradeState.Success or TradeState.Refund) || transaction.TransactionId is not { } transactionId)
        {
            return CreditOutcome.NotPaid;
        }

        if (gate.IsRecorded(transactionId))
        {
            return CreditOutcome.AlreadyCredited;
        }

        using (await gate.EnterAsync(transactionId, ct))
        {
            // The copy ahead of this one may have recorded it while this one waited.
            if (gate.IsRecorded(transactionId))
            {
                return CreditOutcome.AlreadyCredited;
            }

            // One connection for the read and the save (each open of a pooled connection is a reset round trip).
            await db.Database.OpenConnectionAsync(ct);
            CreditOutcome outcome;
            try
            {
                outcome = await RecordAsync(transaction, transactionId, source, ct);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }

            // Remembered only once committed: inside a caller's transaction the save could still be rolled back.
            if (outcome is CreditOutcome.Credited or CreditOutcome.CreditedForRefund or CreditOutcome.AlreadyCredited
                && db.Database.CurrentTransaction is null)
            {
                gate.MarkRecorded(transactionId);
            }

            return outcome;
        }
    }

    private async Task<CreditOutcome> RecordAsync(PaymentTransaction transaction, string transactionId, PaymentSource source, CancellationToken ct)
    {
        for (var tries = 1; ; tries++)
        {
            // One read: the link whose attempt has this out_trade_no, with its attempts. A transaction recorded before
            // shows as that attempt paid with the same transaction id (they are saved together with the payment).
            var outTradeNo = transaction.OutTradeNo;
            var link = await db.PaymentLinks.Include(l => l.Attempts)
                .Where(l => l.Id == db.PaymentAttempts.Where(a => a.OutTradeNo == outTradeNo).Select(a => a.PaymentLinkId).FirstOrDefault())
                .SingleOrDefaultAsync(ct);
            if (link is null)
            {
                LogUnknownOrder(logger, transaction.OutTradeNo, transactionId);
                return CreditOutcome.UnknownOrder;
            }

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
                // Another node's copy of the same report (or a staff action on the link) saved first: look again.
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
