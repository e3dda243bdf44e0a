namespace CellCrm.Domain.Refunds;

/// <summary>How a line is paid out: back through WeChat Pay's refund API (online payments within a year), or by a
/// bank transfer that finance records with its voucher.</summary>
public enum RefundPayoutMethod
{
    WeChatPay = 0,
    BankTransfer = 1,
}
