using CellCrm.Domain.Common;

namespace CellCrm.Domain.Customers;

/// <summary>跨部门客户共享 (§4.2): an advisor of another department asks for access to an existing customer. The
/// applicant's division leader approves; access is granted at once and revoked automatically after
/// <see cref="Duration"/> unless a contract was signed or a payment received for the customer meanwhile.</summary>
public class CustomerShare : AggregateRoot
{
    public const int ReasonMaxLength = 300;
    public const int NumberMaxLength = 20;
    public static readonly TimeSpan Duration = TimeSpan.FromDays(3);

    private CustomerShare()
    {
        Number = "";
        Reason = "";
        RequestedName = "";
        RequestedMobile = "";
    }

    public CustomerShare(string number, Guid customerId, ShareType type, string requestedName, string requestedMobile, string reason,
        Guid applicantId, Guid applicantDepartmentId, Guid ownerId, DateTimeOffset now)
    {
        Number = number;
        CustomerId = customerId;
        Type = type;
        RequestedName = Guard.Required(requestedName, "姓名", Customer.NameMaxLength, nameof(RequestedName));
        var mobileError = MobileNumber.Validate(requestedMobile);
        RequestedMobile = mobileError is null ? MobileNumber.Normalize(requestedMobile) : throw new DomainException(mobileError, nameof(RequestedMobile));
        Reason = Guard.Required(reason, "申请原因", ReasonMaxLength, nameof(Reason));
        ApplicantId = applicantId;
        ApplicantDepartmentId = applicantDepartmentId;
        OwnerIdAtRequest = ownerId;
        if (ownerId == applicantId)
        {
            throw new DomainException("您已是该客户的负责人，无需申请共享");
        }

        RequestedAt = now;
        Status = CustomerShareStatus.PendingApproval;
    }

    public string Number { get; private set; }

    public Guid CustomerId { get; private set; }

    public ShareType Type { get; private set; }

    public string RequestedName { get; private set; }

    public string RequestedMobile { get; private set; }

    public string Reason { get; private set; }

    public Guid ApplicantId { get; private set; }

    public Guid ApplicantDepartmentId { get; private set; }

    public Guid OwnerIdAtRequest { get; private set; }

    public CustomerShareStatus Status { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    public DateTimeOffset? GrantedAt { get; private set; }

    public DateTimeOffset? ExpiresAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>Whether the applicant may see the customer now.</summary>
    public bool GrantsAccess => Status is CustomerShareStatus.Active or CustomerShareStatus.Kept;

    public void Grant(DateTimeOffset now)
    {
        Require(CustomerShareStatus.PendingApproval);
        Status = CustomerShareStatus.Active;
        GrantedAt = now;
        ExpiresAt = now + Duration;
    }

    public void Reject(DateTimeOffset now) => Close(CustomerShareStatus.Rejected, now);

    public void Withdraw(DateTimeOffset now) => Close(CustomerShareStatus.Withdrawn, now);

    /// <summary>The approval was resubmitted after a rejection or withdrawal: waiting again.</summary>
    public void Reopen()
    {
        if (Status is not (CustomerShareStatus.Rejected or CustomerShareStatus.Withdrawn))
        {
            throw new DomainException("共享申请的状态已变化，请刷新后重试");
        }

        Status = CustomerShareStatus.PendingApproval;
        ClosedAt = null;
    }

    /// <summary>Called when the share period is over: kept when the customer signed or paid since the grant,
    /// otherwise revoked. Returns the new status.</summary>
    public CustomerShareStatus Expire(bool dealSinceGrant, DateTimeOffset now)
    {
        Require(CustomerShareStatus.Active);
        if (now < ExpiresAt)
        {
            throw new DomainException("共享期限未到，不能收回");
        }

        Status = dealSinceGrant ? CustomerShareStatus.Kept : CustomerShareStatus.Revoked;
        ClosedAt = now;
        return Status;
    }

    private void Close(CustomerShareStatus status, DateTimeOffset now)
    {
        Require(CustomerShareStatus.PendingApproval);
        Status = status;
        ClosedAt = now;
    }

    private void Require(CustomerShareStatus expected)
    {
        if (Status != expected)
        {
            throw new DomainException("共享申请的状态已变化，请刷新后重试");
        }
    }
}
