using CellCrm.Domain.Payments;

namespace CellCrm.Infrastructure.WeChatPay;

/// <summary>From WeChat Pay's messages to the domain's records; null when a required field is missing.</summary>
public static class WeChatPayMapping
{
    public static PaymentTransaction? ToTransaction(TransactionMessage m)
    {
        if (m.OutTradeNo is null || m.TradeState is null || m.Amount is null || ParseTradeState(m.TradeState) is not { } state)
        {
            return null;
        }

        return new PaymentTransaction(m.Appid ?? "", m.Mchid ?? "", m.OutTradeNo, NullIfEmpty(m.TransactionId), state,
            m.TradeStateDesc, m.Amount.Total, m.Amount.PayerTotal, m.Amount.Currency, m.Payer?.Openid, m.Attach,
            m.BankType, m.SuccessTime);
    }

    public static PaymentRefund? ToRefund(RefundMessage m)
    {
        if (m.RefundId is null || m.OutRefundNo is null || m.OutTradeNo is null || m.Amount is null ||
            ParseRefundStatus(m.Status ?? m.RefundStatus) is not { } status)
        {
            return null;
        }

        return new PaymentRefund(m.RefundId, m.OutRefundNo, NullIfEmpty(m.TransactionId), m.OutTradeNo, status,
            m.Amount.Refund, m.Amount.Total, m.Amount.PayerRefund, m.SuccessTime);
    }

    public static TradeState? ParseTradeState(string value) => value switch
    {
        "SUCCESS" => TradeState.Success,
        "REFUND" => TradeState.Refund,
        "NOTPAY" => TradeState.NotPay,
        "CLOSED" => TradeState.Closed,
        "REVOKED" => TradeState.Revoked,
        "USERPAYING" => TradeState.UserPaying,
        "PAYERROR" => TradeState.PayError,
        _ => null,
    };

    public static string Wire(TradeState state) => state switch
    {
        TradeState.Success => "SUCCESS",
        TradeState.Refund => "REFUND",
        TradeState.NotPay => "NOTPAY",
        TradeState.Closed => "CLOSED",
        TradeState.Revoked => "REVOKED",
        TradeState.UserPaying => "USERPAYING",
        TradeState.PayError => "PAYERROR",
    };

    public static RefundStatus? ParseRefundStatus(string? value) => value switch
    {
        "SUCCESS" => RefundStatus.Success,
        "CLOSED" => RefundStatus.Closed,
        "PROCESSING" => RefundStatus.Processing,
        "ABNORMAL" => RefundStatus.Abnormal,
        _ => null,
    };

    public static string Wire(RefundStatus status) => status switch
    {
        RefundStatus.Success => "SUCCESS",
        RefundStatus.Closed => "CLOSED",
        RefundStatus.Processing => "PROCESSING",
        RefundStatus.Abnormal => "ABNORMAL",
    };

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
