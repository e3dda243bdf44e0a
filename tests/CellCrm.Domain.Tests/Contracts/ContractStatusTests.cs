using CellCrm.Domain.Common;
using CellCrm.Domain.Contracts;
using static CellCrm.Domain.Tests.Contracts.ContractBuilder;

namespace CellCrm.Domain.Tests.Contracts;

public class ContractStatusTests
{
    private static Contract Signed()
    {
        var contract = Draft(ContractOrderType.Paper);
        contract.Submit(Now);
        contract.AttachPaperScan(Guid.NewGuid(), Now);
        return contract;
    }

    private static Contract Effective()
    {
        var contract = Signed();
        contract.SubmitForReview(Now);
        contract.ApproveReview(Now);
        return contract;
    }

    [Fact]
    public void PaperContract_DraftToEffective()
    {
        var contract = Draft(ContractOrderType.Paper);
        Assert.Equal(ContractStatus.Draft, contract.Status);

        contract.Submit(Now);
        Assert.Equal(ContractStatus.PendingSignature, contract.Status);

        var scan = Guid.NewGuid();
        contract.AttachPaperScan(scan, Now);
        Assert.Equal(ContractStatus.Signed, contract.Status);
        Assert.Equal(scan, contract.PaperScanFileId);

        contract.SubmitForReview(Now);
        Assert.Equal(ContractStatus.InReview, contract.Status);

        contract.ApproveReview(Now);
        Assert.Equal(ContractStatus.Effective, contract.Status);
        Assert.Equal(Now, contract.EffectiveAt);
    }

    [Fact]
    public void OrderWithoutSignature_Submit_IsSignedAtOnce()
    {
        var order = Draft(ContractOrderType.PublicBank);

        order.Submit(Now);

        Assert.Equal(ContractStatus.Signed, order.Status);
        Assert.Throws<DomainException>(() => order.AttachPaperScan(Guid.NewGuid(), Now));
    }

    [Fact]
    public void Submit_Twice_Throws()
    {
        var contract = Draft();
        contract.Submit(Now);

        Assert.Contains("不能修改", Assert.Throws<DomainException>(() => contract.Submit(Now)).Message);
    }

    [Fact]
    public void Update_AfterSubmit_Throws_AndReturnToDraft_AllowsIt()
    {
        var contract = Draft();
        contract.Submit(Now);
        Assert.Throws<DomainException>(() => contract.Update(Details()));
        Assert.Throws<DomainException>(() => contract.Price([StemLine()], null, null, Today));

        contract.ReturnToDraft();
        contract.Update(Details() with { Remarks = "改" });
        Assert.Equal("改", contract.Remarks);
        Assert.Throws<DomainException>(() => contract.ReturnToDraft());
    }

    [Fact]
    public void AttachPaperScan_OnElectronicContractOrBeforeSubmit_Throws()
    {
        var electronic = Draft(ContractOrderType.Electronic);
        electronic.Submit(Now);
        Assert.Contains("只有纸质合同", Assert.Throws<DomainException>(() => electronic.AttachPaperScan(Guid.NewGuid(), Now)).Message);

        Assert.Contains("草稿", Assert.Throws<DomainException>(() => Draft().AttachPaperScan(Guid.NewGuid(), Now)).Message);
    }

    [Fact]
    public void MarkSignedElectronically_OnlyElectronicAndPending()
    {
        var electronic = Draft(ContractOrderType.Electronic);
        electronic.Submit(Now);
        electronic.MarkSignedElectronically(Now);
        Assert.Equal(ContractStatus.Signed, electronic.Status);
        Assert.Throws<DomainException>(() => electronic.MarkSignedElectronically(Now));

        var paper = Draft(ContractOrderType.Paper);
        paper.Submit(Now);
        Assert.Throws<DomainException>(() => paper.MarkSignedElectronically(Now));
    }

    [Fact]
    public void SubmitForReview_BeforeSigningOrTwice_Throws()
    {
        var pending = Draft();
        pending.Submit(Now);
        Assert.Contains("签署完成后", Assert.Throws<DomainException>(() => pending.SubmitForReview(Now)).Message);

        var signed = Signed();
        signed.SubmitForReview(Now);
        Assert.Contains("请勿重复提交", Assert.Throws<DomainException>(() => signed.SubmitForReview(Now)).Message);
    }

    [Fact]
    public void RejectReview_NeedsReason_AndSendsThePaperContractBackForANewScan()
    {
        var contract = Signed();
        contract.SubmitForReview(Now);
        Assert.Throws<DomainException>(() => contract.RejectReview(" ", Now));

        contract.RejectReview("缺少签名页", Now);

        Assert.Equal(ContractStatus.PendingSignature, contract.Status);
        Assert.Equal("缺少签名页", contract.ReviewRejectionReason);
        Assert.Null(contract.PaperScanFileId);
        contract.AttachPaperScan(Guid.NewGuid(), Now);
        Assert.Equal(ContractStatus.Signed, contract.Status);
    }

    [Fact]
    public void RejectReview_OfAnOrder_GoesBackToDraft_WithdrawKeepsItSigned()
    {
        var order = Draft(ContractOrderType.PickupOrTransfer);
        order.Submit(Now);
        order.SubmitForReview(Now);
        order.WithdrawReview();
        Assert.Equal(ContractStatus.Signed, order.Status);

        order.SubmitForReview(Now);
        order.RejectReview("数量有误", Now);
        Assert.Equal(ContractStatus.Draft, order.Status);
    }

    [Fact]
    public void ApproveReview_NotInReview_Throws()
    {
        Assert.Contains("不在客服审核中", Assert.Throws<DomainException>(() => Signed().ApproveReview(Now)).Message);
        Assert.Throws<DomainException>(() => Effective().ApproveReview(Now));
    }

    [Fact]
    public void Terminate_OnlyEffective()
    {
        Assert.Contains("只有已生效的合同可以终止", Assert.Throws<DomainException>(() => Signed().Terminate("R-03-001", Now)).Message);

        var contract = Effective();
        contract.Terminate("R-03-001", Now);
        Assert.Equal(ContractStatus.Terminated, contract.Status);
        Assert.False(contract.AcceptsPayment);
        Assert.Throws<DomainException>(() => contract.Terminate("R-03-002", Now));
    }

    [Fact]
    public void ChangeItems_OnlyReduces()
    {
        var contract = Draft(ContractOrderType.Paper, StemLine(quantity: 3), ImmuneLine());
        contract.Submit(Now);
        contract.AttachPaperScan(Guid.NewGuid(), Now);
        contract.SubmitForReview(Now);
        contract.ApproveReview(Now);

        Assert.Contains("不在原合同中", Assert.Throws<DomainException>(() =>
            contract.ChangeItems("BG-1", [new LineDraft(Guid.NewGuid(), "X", "新产品", 1_00, 1, null)], Now)).Message);
        Assert.Contains("只能减少", Assert.Throws<DomainException>(() => contract.ChangeItems("BG-1", [StemLine(quantity: 4)], Now)).Message);
        Assert.Contains("须减少产品", Assert.Throws<DomainException>(() => contract.ChangeItems("BG-1", [StemLine(quantity: 3), ImmuneLine()], Now)).Message);

        contract.ChangeItems("BG-1", [StemLine(quantity: 2)], Now);

        Assert.Equal(ContractStatus.Changed, contract.Status);
        Assert.Equal(136_000_00, contract.AmountFen);
        Assert.Single(contract.Lines);
    }

    [Fact]
    public void AutologousContract_StorerMustBeTheCustomer()
    {
        var error = Assert.Throws<DomainException>(() => new Contract("755XBJK202611002", Details(ContractOrderType.Electronic, storerIsCustomer: false),
            Guid.NewGuid(), Guid.NewGuid(), Now));

        Assert.Equal(nameof(ContractDetails.StorerIsCustomer), error.Field);
        // An order that is only entered (公库订单) may be for someone else's cells.
        _ = new Contract("755XBJK202611003", Details(ContractOrderType.PublicBank, storerIsCustomer: false), Guid.NewGuid(), Guid.NewGuid(), Now);
    }

    [Fact]
    public void Details_AreValidated()
    {
        Assert.Equal("Mobile", Assert.Throws<DomainException>(() => (Details() with { Mobile = "123" }).Validated()).Field);
        Assert.Equal("StorageCity", Assert.Throws<DomainException>(() => (Details() with { StorageCity = " " }).Validated()).Field);
        Assert.Equal("HospitalId", Assert.Throws<DomainException>(() => (Details() with { HospitalId = null }).Validated()).Field);
        Assert.Equal("产科", Details().Validated().HospitalDepartment);
    }
}
