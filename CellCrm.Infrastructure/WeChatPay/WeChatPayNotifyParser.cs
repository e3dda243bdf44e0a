using CellCrm.Domain.Payments;

namespace CellCrm.Infrastructure.WeChatPay;

/// <summary>Turns a notify into a verified, decrypted <see cref="PaymentNotification"/>: signature on the raw body
/// first, then AEAD_AES_256_GCM with the APIv3 key, then a check that it is for our merchant (and app).</summary>
public sealed class WeChatPayNotifyParser(WeChatPayCredentials credentials, WeChatPayVerifier verifier)
{
    public const string Algorithm = "AEAD_AES_256_GCM";

    public PaymentNotifyOutcome Parse(PaymentNotifyRequest request)
    {
        if (verifier.Check(request.Timestamp, request.Nonce, request.Signature, request.Serial, request.Body) is { } failure)
        {
            return PaymentNotifyOutcome.Reject(failure.Reason, failure.Detail);
        }

        var envelope = WeChatPayJson.TryDeserialize<NotifyEnvelope>(request.Body);
        if (envelope is not { Id: not null, EventType: not null, Resource: { Ciphertext: not null, Nonce: not null } resource })
        {
            return PaymentNotifyOutcome.Reject(NotifyRejection.Malformed, "not a notify envelope");
        }

        if (resource.Algorithm != Algorithm)
        {
            return PaymentNotifyOutcome.Reject(NotifyRejection.Malformed, $"algorithm {resource.Algorithm}");
        }

        var plain = WeChatPayAead.Decrypt(credentials.ApiV3Key, resource.Nonce, resource.AssociatedData, resource.Ciphertext);
        if (plain is null)
        {
            return PaymentNotifyOutcome.Reject(NotifyRejection.DecryptionFailed, $"notify {envelope.Id} does not decrypt with our APIv3 key");
        }

        if (envelope.EventType.StartsWith("TRANSACTION.", StringComparison.Ordinal))
        {
            var message = WeChatPayJson.TryDeserialize<TransactionMessage>(plain);
            if (message is null || WeChatPayMapping.ToTransaction(message) is not { } transaction)
            {
                return PaymentNotifyOutcome.Reject(NotifyRejection.Malformed, $"notify {envelope.Id}: transaction incomplete");
            }

            if (transaction.MchId != credentials.MchId || transaction.AppId != credentials.AppId)
            {
                return PaymentNotifyOutcome.Reject(NotifyRejection.WrongMerchant, $"notify {envelope.Id} is for {transaction.MchId}/{transaction.AppId}");
            }

            return PaymentNotifyOutcome.Accept(new TransactionNotification(envelope.Id, envelope.EventType, envelope.CreateTime, transaction));
        }

        if (envelope.EventType.StartsWith("REFUND.", StringComparison.Ordinal))
        {
            var message = WeChatPayJson.TryDeserialize<RefundMessage>(plain);
            if (message is null || WeChatPayMapping.ToRefund(message) is not { } refund)
            {
                return PaymentNotifyOutcome.Reject(NotifyRejection.Malformed, $"notify {envelope.Id}: refund incomplete");
            }

            if (message.Mchid != credentials.MchId)
            {
                return PaymentNotifyOutcome.Reject(NotifyRejection.WrongMerchant, $"notify {envelope.Id} is for {message.Mchid}");
            }

            return PaymentNotifyOutcome.Accept(new RefundNotification(envelope.Id, envelope.EventType, envelope.CreateTime, refund));
        }

        return PaymentNotifyOutcome.Reject(NotifyRejection.UnsupportedEvent, $"event {envelope.EventType}");
    }
}
