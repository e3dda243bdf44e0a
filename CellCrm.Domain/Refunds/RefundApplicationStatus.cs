namespace CellCrm.Domain.Refunds;

/// <summary>退款申请的状态 (seed 000 §4.8): 草稿 → 待客户填写账户 → 审批中 → 已批准 → 退款中 → 已退款, or 已驳回;
/// 部分失败 when a line could not be paid out while the others are settled.</summary>
public enum RefundApplicationStatus
{
    Draft = 0,
    AwaitingAccount = 1,
    InApproval = 2,
    Approved = 3,
    Paying = 4,
    Refunded = 5,
    Rejected = 6,
    PartiallyFailed = 7,
}
