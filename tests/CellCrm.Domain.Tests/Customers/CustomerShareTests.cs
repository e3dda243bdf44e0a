using CellCrm.Domain.Common;
using CellCrm.Domain.Customers;

namespace CellCrm.Domain.Tests.Customers;

public class CustomerShareTests
{
    private static readonly DateTimeOffset Now = CustomerBuilder.Now;

    private static CustomerShare Request(Guid? owner = null) => new("K8MGX202611001", Guid.NewGuid(), ShareType.Customer, "张晓梅", "13800138000",
        "客户到我方医院咨询", Guid.NewGuid(), Guid.NewGuid(), owner ?? Guid.NewGuid(), Now);

    [Fact]
    public void Grant_GivesAccessForThreeDays()
    {
        var share = Request();
        share.Grant(Now);

        Assert.True(share.GrantsAccess);
        Assert.Equal(Now.AddDays(3), share.ExpiresAt);
    }

    [Fact]
    public void Expire_WithoutDeal_Revokes_WithDeal_Keeps()
    {
        var revoked = Request();
        revoked.Grant(Now);
        var kept = Request();
        kept.Grant(Now);

        Assert.Equal(CustomerShareStatus.Revoked, revoked.Expire(dealSinceGrant: false, Now.AddDays(3)));
        Assert.Equal(CustomerShareStatus.Kept, kept.Expire(dealSinceGrant: true, Now.AddDays(3)));
        Assert.False(revoked.GrantsAccess);
        Assert.True(kept.GrantsAccess);
    }

    [Fact]
    public void Expire_BeforeTheThreeDays_IsRefused()
    {
        var share = Request();
        share.Grant(Now);
        Assert.Throws<DomainException>(() => share.Expire(false, Now.AddDays(3).AddMinutes(-1)));
    }

    [Fact]
    public void Request_ByTheOwnerThemself_IsRefused()
    {
        var me = Guid.NewGuid();
        Assert.Throws<DomainException>(() => new CustomerShare("K1", Guid.NewGuid(), ShareType.Lead, "张", "13800138000", "原因", me, Guid.NewGuid(), me, Now));
    }

    [Fact]
    public void Request_WithInvalidMobile_IsRefusedOnThatField()
    {
        var error = Assert.Throws<DomainException>(() =>
            new CustomerShare("K1", Guid.NewGuid(), ShareType.Lead, "张", "123", "原因", Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Now));
        Assert.Equal(nameof(CustomerShare.RequestedMobile), error.Field);
    }

    [Fact]
    public void Grant_Twice_IsRefused()
    {
        var share = Request();
        share.Grant(Now);
        Assert.Throws<DomainException>(() => share.Grant(Now));
    }
}
