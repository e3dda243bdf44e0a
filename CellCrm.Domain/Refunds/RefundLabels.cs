namespace CellCrm.Domain.Refunds;

/// <summary>What staff and customers read for the refund enums.</summary>
public static class RefundLabels
{
    public static string Of(RefundApplicationStatus status) => status switch
    {
        RefundApplicationStatus.Draft => "草稿",
        RefundApplicationStatus.AwaitingAccount => "待客户填写账户",
        RefundApplicationStatus.InApproval => "审批中",
        RefundApplicationStatus.Approved => "已批准",
        RefundApplicationStatus.Paying => "退款中",
        RefundApplicationStatus.Refunded => "已退款",
        RefundApplicationStatus.Rejected => "已驳回",
        RefundApplicationStatus.PartiallyFailed => "部分失败",
    };

    public static string Of(RefundLineState state) => state switch
    {
        RefundLineState.Pending => "待退款",
        RefundLineState.Processing => "退款中",
        RefundLineState.Refunded => "已退款",
        RefundLineState.Failed => "失败",
    };

    public static string Of(RefundPayoutMethod method) => method switch
    {
        RefundPayoutMethod.WeChatPay => "微信原路退回",
        RefundPayoutMethod.BankTransfer => "银行转账",
    };

    public static string Of(RefundSourceKind kind) => kind switch
    {
        RefundSourceKind.OnlinePayment => "线上收款",
        RefundSourceKind.OfflineCollection => "线下收款",
    };
}
