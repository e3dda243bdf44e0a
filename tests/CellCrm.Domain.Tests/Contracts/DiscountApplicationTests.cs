using CellCrm.Domain.Common;
using CellCrm.Domain.Contracts;
using static CellCrm.Domain.Tests.Contracts.ContractBuilder;

namespace CellCrm.Domain.Tests.Contracts;

public class DiscountApplicationTests
{
    [Fact]
    public void Approve_OnlyWhilePending()
    {
        var application = Application(Policy(PolicyKind.Vip, percent: 30), 10_000_00, approve: false);

        application.Approve(Now);

        Assert.Equal(DiscountApplicationStatus.Approved, application.Status);
        Assert.Contains("已通过", Assert.Throws<DomainException>(() => application.Approve(Now)).Message);
        Assert.Throws<DomainException>(() => application.Reject("不同意", Now));
    }

    [Fact]
    public void Reject_ThenReopen_IsPendingAgain_ButAnApprovedOneCannotBeReopened()
    {
        var application = Application(Policy(PolicyKind.Staff, percent: 20), 5_000_00, approve: false);

        application.Reject("证明材料不全", Now);
        Assert.Equal("证明材料不全", application.RejectionReason);
        application.Reopen();

        Assert.Equal(DiscountApplicationStatus.Pending, application.Status);
        Assert.Null(application.RejectionReason);
        application.Approve(Now);
        Assert.Throws<DomainException>(() => application.Reopen());
    }

    [Fact]
    public void Release_FreesTheApplicationForAnotherContract()
    {
        var vip = Policy(PolicyKind.Vip, percent: 30);
        var application = Application(vip, 10_000_00);
        var first = Draft();
        first.Price([StemLine(after: 60_000_00)], vip, application, Today);

        application.Release(Guid.NewGuid());
        Assert.Equal(first.Id, application.UsedByContractId);
        application.Release(first.Id);

        var second = Draft();
        second.Price([StemLine(after: 60_000_00)], vip, application, Today);
        Assert.Equal(second.Id, application.UsedByContractId);
    }

    [Fact]
    public void UseFor_AnotherPolicy_Throws()
    {
        var vip = Policy(PolicyKind.Vip, percent: 30);
        var other = new MarketPolicy(new PolicyTerms("CGZC0009", "公司员工", PolicyKind.Staff, null, Today, Today, DiscountKind.Percentage, 20, null, null, true, [Stem]));

        var error = Assert.Throws<DomainException>(() => Draft().Price([StemLine(after: 60_000_00)], other, Application(vip, 10_000_00), Today));

        Assert.Contains("与所选市场政策不一致", error.Message);
    }
}
