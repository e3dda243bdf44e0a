using System.Security.Cryptography;
using System.Text;
using CellCrm.Domain.Common;
using CellCrm.Domain.Payments;

namespace CellCrm.Infrastructure.WeChatPay.Sandbox;

/// <summary>Plays WeChat Pay's part after the customer "pays" in the sandbox: marks the order paid (or the refund
/// done) and builds the notify, encrypted with the sandbox APIv3 key and signed with the sandbox WeChat Pay key,
/// for the sandbox pay page to post to our own notify endpoint.</summary>
public sealed class SandboxNotifyBuilder(SandboxWeChatPay sandbox, TimeProvider clock)
{
    /// <summary>Marks the order paid (once; a repeat builds the same payment again) and returns its
    /// TRANSACTION.SUCCESS notify; null for an unknown or closed order.</summary>
    public SandboxNotify? PayAndBuildNotify(string outTradeNo)
    {
        var transaction = sandbox.Transact(state =>
        {
            if (!state.Orders.TryGetValue(outTradeNo, out var placed) || placed.State is TradeState.Closed or TradeState.Revoked)
            {
                return null;
            }

            if (placed.TransactionId is null)
            {
                placed.TransactionId = "4200" + RandomNumberGenerator.GetString("0123456789", 24);
                placed.PaidAt = clock.GetUtcNow();
                placed.State = TradeState.Success;
            }

            return SandboxPaymentGateway.Transaction(sandbox, placed);
        });
        if (transaction is null)
        {
            return null;
        }

        var message = new TransactionMessage(transaction.AppId, transaction.MchId, transaction.OutTradeNo, transaction.TransactionId,
            "JSAPI", WeChatPayMapping.Wire(transaction.State), transaction.StateDescription, transaction.BankType, transaction.Attach,
            transaction.SuccessTime, new WeChatPayPayer(transaction.PayerOpenId ?? ""),
            new WeChatPayAmount(transaction.TotalFen, "CNY", transaction.PayerTotalFen, "CNY"));
        return Build("TRANSACTION.SUCCESS", "支付成功", "transaction", WeChatPayJson.Serialize(message));
    }

    /// <summary>Completes a PROCESSING refund and returns its REFUND.SUCCESS notify; null for an unknown refund.</summary>
    public SandboxNotify? CompleteRefundAndBuildNotify(string outRefundNo)
    {
        var refund = sandbox.Transact(state =>
        {
            if (!state.Refunds.TryGetValue(outRefundNo, out var entry))
            {
                return null;
            }

            if (entry.Status == RefundStatus.Processing)
            {
                entry = entry with { Status = RefundStatus.Success, SuccessTime = clock.GetUtcNow() };
                state.Refunds[outRefundNo] = entry;
            }

            return entry;
        });
        if (refund is null)
        {
            return null;
        }

        var message = new RefundMessage(sandbox.Credentials.MchId, refund.RefundId, refund.OutRefundNo, refund.TransactionId, refund.OutTradeNo,
            null, WeChatPayMapping.Wire(refund.Status), refund.SuccessTime,
            new RefundAmountMessage(refund.TotalFen, refund.RefundFen, refund.TotalFen, refund.PayerRefundFen));
        return Build("REFUND." + WeChatPayMapping.Wire(refund.Status), "退款成功", "refund", WeChatPayJson.Serialize(message));
    }

    private SandboxNotify Build(string eventType, string summary, string originalType, string plaintext)
    {
        var nonce = RandomNumberGenerator.GetString("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 12);
        var ciphertext = WeChatPayAead.Encrypt(sandbox.Credentials.ApiV3Key, nonce, originalType, plaintext);
        var envelope = new NotifyEnvelope(Guid.CreateVersion7().ToString(), ChinaTime.ToChina(clock.GetUtcNow()), eventType, "encrypt-resource", summary,
            new NotifyResource(WeChatPayNotifyParser.Algorithm, ciphertext, originalType, originalType, nonce));
        var body = WeChatPayJson.Serialize(envelope);
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds().ToString();
        var headerNonce = WeChatPaySigner.NewNonce();
        var signature = Convert.ToBase64String(sandbox.PlatformKey.SignData(
            Encoding.UTF8.GetBytes($"{timestamp}\n{headerNonce}\n{body}\n"), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
        return new SandboxNotify(timestamp, headerNonce, signature, SandboxWeChatPay.PublicKeyId, body);
    }
}
