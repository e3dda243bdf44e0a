using CellCrm.Domain.Common;

namespace CellCrm.Domain.Customers;

/// <summary>A claim of a pool customer by (or for) someone of another group, waiting for the former group
/// leader's approval (seed 002 §2.4–2.5).</summary>
public class PoolClaim : AggregateRoot
{
    private PoolClaim()
    {
    }

    public PoolClaim(Guid customerId, Guid newOwnerId, Guid newDepartmentId, Guid requestedById, DateTimeOffset at)
    {
        CustomerId = customerId;
        NewOwnerId = newOwnerId;
        NewDepartmentId = newDepartmentId;
        RequestedById = requestedById;
        RequestedAt = at;
        Status = PoolClaimStatus.Pending;
    }

    public Guid CustomerId { get; private set; }

    public Guid NewOwnerId { get; private set; }

    public Guid NewDepartmentId { get; private set; }

    public Guid RequestedById { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    public PoolClaimStatus Status { get; private set; }

    public void Close(PoolClaimStatus status)
    {
        if (Status != PoolClaimStatus.Pending)
        {
            throw new DomainException("该分配申请已处理");
        }

        Status = status;
    }
}
