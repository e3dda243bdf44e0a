using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CellCrm.Domain.Payments;

namespace CellCrm.Infrastructure.WeChatPay;

/// <summary>Turns a notify into a verified, decrypted <see cref="PaymentNotification"/>: signature on the raw body
/// first, then AEAD_AES_256_GCM with the APIv3 key, then a check that it is for our merchant (and app).
/// WeChat Pay delivers the same notify several times (retries, duplicates): a copy byte for byte identical to one
/// accepted before — same serial, signature, timestamp, nonce and body, compared by their SHA-256 — gets the same
/// answer without the RSA verification and the decryption again, which would only repeat the same result. The
/// header checks (the timestamp within five minutes of now, a known serial) still run on every copy.</summary>
public sealed class WeChatPayNotifyParser(WeChatPayCredentials credentials, WeChatPayVerifier verifier)
{
    public const string Algorithm = "AEAD_AES_256_GCM";

    /// <summary>How many accepted notifies are remembered (the oldest are forgotten first).</summary>
    public const int RememberedCapacity = 10_000;

    private readonly ConcurrentDictionary<string, PaymentNotifyOutcome> _accepted = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _acceptedOrder = new();

    public PaymentNotifyOutcome Parse(PaymentNotifyRequest request)
    {
        if (verifier.CheckHeaders(request.Timestamp, request.Nonce, request.Signature, request.Serial) is { } headers)
        {
            return PaymentNotifyOutcome.Reject(headers.Reason, headers.Detail);
        }

        var fingerprint = Fingerprint(request);
        if (_accepted.TryGetValue(fingerprint, out var known))
        {
            return known;
        }

        var outcome = VerifyAndDecrypt(request);
        if (outcome.Accepted && _accepted.TryAdd(fingerprint, outcome))
        {
            _acceptedOrder.Enqueue(fingerprint);
            while (_acceptedOrder.Count > RememberedCapacity && _acceptedOrder.TryDequeue(out var oldest))
            {
                _accepted.TryRemove(oldest, out _);
            }
        }

        return outcome;
    }

    /// <summary>SHA-256 over everything the outcome depends on, each part length-prefixed.</summary>
    private static string Fingerprint(PaymentNotifyRequest request)
    {
        var text = string.Concat(
            request.Serial!.Length.ToString(CultureInfo.InvariantCulture), ":", request.Serial, "\n",
            request.Signature!.Length.ToString(CultureInfo.InvariantCulture), ":", request.Signature, "\n",
            request.Timestamp!.Length.ToString(CultureInfo.InvariantCulture), ":", request.Timestamp, "\n",
            request.Nonce!.Length.ToString(CultureInfo.InvariantCulture), ":", request.Nonce, "\n",
            request.Body);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    private PaymentNotifyOutcome VerifyAndDecrypt(PaymentNotifyRequest request)
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
