namespace CellCrm.Domain.Approvals;

/// <summary>Every kind of business object that goes through approval (SPEC §3.6). One flow definition each.</summary>
public enum ApprovalBusinessType
{
    CustomerShare = 0,
    PoolClaim = 1,
    IdentityReview = 2,
    DemandPlan = 3,
    DiscountApplication = 4,
    ContractReview = 5,
    Refund = 6,
    PaymentSplit = 7,
    ReleaseAppointment = 8,
    ReleasePlan = 9,
    MaterialApplication = 10,
    ActivityApplication = 11,
    RollingPlan = 12,
    SupplementaryAgreement = 13,
}
