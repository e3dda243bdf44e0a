using CellCrm.Domain.Common;
using CellCrm.Domain.Customers;

namespace CellCrm.Domain.Tests.Customers;

public class CustomerPoolTests
{
    private static readonly Guid OldOwner = Guid.NewGuid();
    private static readonly Guid OldGroup = Guid.NewGuid();
    private static readonly Guid OtherGroup = Guid.NewGuid();

    private static Customer InPool()
    {
        var customer = new CustomerBuilder().OwnedBy(OldOwner, OldGroup).Build();
        customer.ReleaseToPool(CustomerBuilder.Now);
        return customer;
    }

    [Fact]
    public void ReleaseToPool_RemembersTheFormerOwnerAndGroup()
    {
        var customer = InPool();
        Assert.Equal(CustomerStatus.InPool, customer.Status);
        Assert.Equal(OldOwner, customer.PreviousOwnerId);
        Assert.Equal(OldGroup, customer.PreviousDepartmentId);
    }

    [Fact]
    public void ClaimNeedsApproval_OnlyFromAnotherGroup()
    {
        var customer = InPool();
        Assert.False(customer.ClaimNeedsApproval(OldGroup));
        Assert.True(customer.ClaimNeedsApproval(OtherGroup));
    }

    [Fact]
    public void BeginClaim_Twice_IsRefused_AndAssignmentByAnotherPathWaits()
    {
        var customer = InPool();
        var claim = Guid.NewGuid();
        customer.BeginClaim(claim);

        Assert.Throws<DomainException>(() => customer.BeginClaim(Guid.NewGuid()));
        Assert.Throws<DomainException>(() => customer.AssignFromPool(Guid.NewGuid(), OtherGroup));

        var newOwner = Guid.NewGuid();
        customer.AssignFromPool(newOwner, OtherGroup, claim);
        Assert.Equal(CustomerStatus.Active, customer.Status);
        Assert.Equal(newOwner, customer.OwnerId);
        Assert.Null(customer.PendingClaimId);
    }

    [Fact]
    public void AssignFromPool_WhenNotInPool_IsRefused() =>
        Assert.Throws<DomainException>(() => new CustomerBuilder().Build().AssignFromPool(Guid.NewGuid(), OtherGroup));

    [Fact]
    public void MoveToRecycleBin_WhenUsedByBusiness_IsRefused()
    {
        var customer = new CustomerBuilder().Build();
        var error = Assert.Throws<DomainException>(() => customer.MoveToRecycleBin(Guid.NewGuid(), usedByBusiness: true, CustomerBuilder.Now));
        Assert.Contains("不能删除", error.Message);
        Assert.Equal(CustomerStatus.Active, customer.Status);
    }

    [Fact]
    public void Restore_ReturnsToThePreviousStatus()
    {
        var customer = InPool();
        customer.MoveToRecycleBin(Guid.NewGuid(), usedByBusiness: false, CustomerBuilder.Now);
        Assert.Equal(CustomerStatus.Recycled, customer.Status);

        customer.Restore();

        Assert.Equal(CustomerStatus.InPool, customer.Status);
        Assert.Throws<DomainException>(() => customer.Restore());
    }
}
