namespace CellCrm.Domain.Approvals;

public static class ApprovalLabels
{
    public static string Of(ApprovalBusinessType type) => type switch
    {
        ApprovalBusinessType.CustomerShare => "跨部门客户共享审批",
        ApprovalBusinessType.PoolClaim => "公海客户分配审核",
        ApprovalBusinessType.IdentityReview => "实名认证人工审核",
        ApprovalBusinessType.DemandPlan => "需求清单方案审批",
        ApprovalBusinessType.DiscountApplication => "优惠申请审批",
        ApprovalBusinessType.ContractReview => "合同客服审批",
        ApprovalBusinessType.Refund => "退款申请审批",
        ApprovalBusinessType.PaymentSplit => "回款拆单审批",
        ApprovalBusinessType.ReleaseAppointment => "发放预约审批",
        ApprovalBusinessType.ReleasePlan => "发放计划审批",
        ApprovalBusinessType.MaterialApplication => "物料申请审批",
        ApprovalBusinessType.ActivityApplication => "市场活动申请审批",
        ApprovalBusinessType.RollingPlan => "产品滚动计划审批",
        ApprovalBusinessType.SupplementaryAgreement => "补充协议客服审批",
    };

    public static string Of(ApprovalStatus status) => status switch
    {
        ApprovalStatus.Pending => "审批中",
        ApprovalStatus.Approved => "已通过",
        ApprovalStatus.Rejected => "已驳回",
        ApprovalStatus.Withdrawn => "已撤回",
    };

    public static string Of(ApprovalActionKind kind) => kind switch
    {
        ApprovalActionKind.Submitted => "提交",
        ApprovalActionKind.Resubmitted => "重新提交",
        ApprovalActionKind.Approved => "同意",
        ApprovalActionKind.Rejected => "驳回",
        ApprovalActionKind.Withdrawn => "撤回",
        ApprovalActionKind.Reassigned => "更换处理人",
        ApprovalActionKind.Commented => "回复",
        ApprovalActionKind.Completed => "审批已通过",
    };

    public static string Of(ApproverKind kind) => kind switch
    {
        ApproverKind.Role => "指定角色",
        ApproverKind.SubmitterLeader => "提交人部门负责人",
        ApproverKind.LeaderWithRoleAbove => "上级负责人（指定角色）",
        ApproverKind.ContextDepartmentLeader => "相关部门负责人",
        ApproverKind.NamedStaff => "指定人员",
    };
}
