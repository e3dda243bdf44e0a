using CellCrm.Domain.Approvals;
using CellCrm.Domain.Organization;

namespace CellCrm.Infrastructure.Approvals;

/// <summary>The flow of each business type as the manuals describe it; admins may change them afterwards.</summary>
public static class DefaultApprovalFlows
{
    public static IEnumerable<ApprovalFlowDefinition> All()
    {
        yield return Flow(ApprovalBusinessType.CustomerShare, S("分管领导审批", ApproverKind.LeaderWithRoleAbove, StaffRoles.DivisionLeader));
        yield return Flow(ApprovalBusinessType.PoolClaim, S("原组长审核", ApproverKind.ContextDepartmentLeader));
        yield return Flow(ApprovalBusinessType.IdentityReview, S("客服审核", ApproverKind.Role, StaffRoles.CustomerService));
        yield return Flow(ApprovalBusinessType.DemandPlan, S("医学专家审核", ApproverKind.Role, StaffRoles.MedicalExpert));
        yield return Flow(ApprovalBusinessType.DiscountApplication,
            S("组长审批", ApproverKind.SubmitterLeader), S("分管领导审批", ApproverKind.LeaderWithRoleAbove, StaffRoles.DivisionLeader));
        yield return Flow(ApprovalBusinessType.ContractReview, S("客服审批", ApproverKind.Role, StaffRoles.CustomerService));
        yield return Flow(ApprovalBusinessType.Refund,
            S("组长审批", ApproverKind.SubmitterLeader),
            S("财务审批", ApproverKind.Role, StaffRoles.Finance),
            S("分管领导审批（5万元及以上）", ApproverKind.LeaderWithRoleAbove, StaffRoles.DivisionLeader, minAmountFen: 50_000_00));
        yield return Flow(ApprovalBusinessType.PaymentSplit, S("区域经理审批", ApproverKind.LeaderWithRoleAbove, StaffRoles.RegionalManager));
        yield return Flow(ApprovalBusinessType.ReleaseAppointment, S("细胞健康专员审批", ApproverKind.Role, StaffRoles.HealthSpecialist));
        yield return Flow(ApprovalBusinessType.ReleasePlan, S("细胞健康专员审批", ApproverKind.Role, StaffRoles.HealthSpecialist));
        yield return Flow(ApprovalBusinessType.MaterialApplication, S("组长审批", ApproverKind.SubmitterLeader));
        yield return Flow(ApprovalBusinessType.ActivityApplication,
            S("组长审批", ApproverKind.SubmitterLeader), S("分管领导审批", ApproverKind.LeaderWithRoleAbove, StaffRoles.DivisionLeader));
        yield return Flow(ApprovalBusinessType.RollingPlan, S("组长审批", ApproverKind.SubmitterLeader));
        yield return Flow(ApprovalBusinessType.SupplementaryAgreement, S("客服审批", ApproverKind.Role, StaffRoles.CustomerService));
    }

    private static ApprovalStepSpec S(string name, ApproverKind kind, string? role = null, long? minAmountFen = null) =>
        new(name, kind, role, null, minAmountFen);

    private static ApprovalFlowDefinition Flow(ApprovalBusinessType type, params ApprovalStepSpec[] steps) =>
        new(type, ApprovalLabels.Of(type), allowSelfApproval: false, steps);
}
