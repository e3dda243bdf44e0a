using CellCrm.Domain.Agreements;
using CellCrm.Domain.Common;
using CellCrm.Domain.Contracts;
using CellCrm.Domain.Tests.Contracts;

namespace CellCrm.Domain.Tests.Agreements;

public class SupplementaryAgreementTests
{
    private static readonly DateTimeOffset Now = ContractBuilder.Now;
    private static readonly Guid CordBloodId = Guid.NewGuid();
    private static readonly Guid CordId = Guid.NewGuid();
    private static readonly Guid PlacentaId = Guid.NewGuid();

    private static LineDraft CordBlood => new(CordBloodId, "SC-CB", "脐血单个核（临床应用）", 20_000_00, 1, null);

    private static LineDraft Cord => new(CordId, "SC-UC", "脐带间充质（组织块扩增成品细胞）", 30_000_00, 1, null);

    private static LineDraft Placenta => new(PlacentaId, "SC-PL", "胎盘间充质（种子细胞复苏扩增成品细胞）", 25_000_00, 1, null);

    /// <summary>An effective paper contract with the given lines.</summary>
    private static Contract Effective(params LineDraft[] lines)
    {
        var contract = ContractBuilder.Draft(ContractOrderType.Paper, lines);
        contract.Submit(Now);
        contract.AttachPaperScan(Guid.NewGuid(), Now);
        contract.SubmitForReview(Now);
        contract.ApproveReview(Now);
        return contract;
    }

    private static AgreementDraft Draft(AgreementPurpose purpose, bool sampled = false, AgreementSigning signing = AgreementSigning.Paper,
        params StorageItem[] kept) => new(purpose, sampled, signing, "客户家庭原因", kept);

    private static SupplementaryAgreement Create(Contract contract, AgreementDraft draft, params SupplementaryAgreement[] existing) =>
        new(contract, draft, existing, Guid.NewGuid(), Now);

    /// <summary>Through signing (paper scan) and into 客服审核.</summary>
    private static SupplementaryAgreement InReview(SupplementaryAgreement agreement)
    {
        agreement.Submit(Now);
        agreement.AttachPaperScan(Guid.NewGuid(), Now);
        agreement.SubmitForReview(Now);
        return agreement;
    }

    [Fact]
    public void Termination_BeforeOrAfterSampling_IsR03OrR04_NumberedFromTheContract()
    {
        var contract = Effective(Cord);
        var r03 = Create(contract, Draft(AgreementPurpose.Termination, sampled: false));
        Assert.Equal(AgreementType.TerminationBeforeSampling, r03.Type);
        Assert.Equal($"{contract.Number}-R03-01", r03.Number);
        Assert.False(r03.SampleCollected);
        r03.Revoke("客户改变主意", Now);

        var r04 = Create(contract, Draft(AgreementPurpose.Termination, sampled: true), r03);
        Assert.Equal(AgreementType.TerminationAfterSampling, r04.Type);
        Assert.Equal($"{contract.Number}-R04-02", r04.Number);
        Assert.True(r04.SampleCollected);
        Assert.Equal(AgreementStatus.Draft, r04.Status);
    }

    [Fact]
    public void Create_OnAContractNotEffective_Throws()
    {
        var draft = ContractBuilder.Draft(ContractOrderType.Paper, Cord);
        var e = Assert.Throws<DomainException>(() => Create(draft, Draft(AgreementPurpose.Termination)));
        Assert.Equal("合同草稿，只有已生效的合同可以签订补充协议", e.Message);
    }

    [Fact]
    public void Create_WhileATerminationOrChangeIsInProgress_Throws_ButANoticeLetterIsAllowed()
    {
        var contract = Effective(CordBlood, Cord, Placenta);
        var open = Create(contract, Draft(AgreementPurpose.Termination));
        open.Submit(Now);

        var e = Assert.Throws<DomainException>(() => Create(contract, Draft(AgreementPurpose.StorageChange, kept: [StorageItem.Cord]), open));
        Assert.Contains("合同已有办理中的R-03 终止合同协议书（样本采集前）", e.Message);
        Assert.Equal(contract.Id, open.OpenChangeContractId);

        var notice = Create(contract, Draft(AgreementPurpose.NoticeLetter), open);
        Assert.Null(notice.OpenChangeContractId);

        open.Revoke("改为变更存储项目", Now);
        Assert.Null(open.OpenChangeContractId);
        var change = Create(contract, Draft(AgreementPurpose.StorageChange, kept: [StorageItem.Cord]), open, notice);
        Assert.Equal($"{contract.Number}-BG-03", change.Number);
    }

    [Theory]
    [InlineData(3, new[] { StorageItem.Cord, StorageItem.Placenta }, StorageChangeKind.ThreeToTwo)]
    [InlineData(3, new[] { StorageItem.Cord }, StorageChangeKind.ThreeToOne)]
    [InlineData(2, new[] { StorageItem.Cord }, StorageChangeKind.TwoToOne)]
    public void StorageChange_AllowedKinds_KeepTheItemsLines_AndTheOtherProducts(int items, StorageItem[] kept, StorageChangeKind kind)
    {
        var lines = items == 3 ? new[] { CordBlood, Cord, Placenta, ContractBuilder.ImmuneLine() } : [CordBlood, Cord, ContractBuilder.ImmuneLine()];
        var contract = Effective(lines);
        var agreement = Create(contract, Draft(AgreementPurpose.StorageChange, kept: kept));

        Assert.Equal(kind, agreement.ChangeKind);
        var keptIds = agreement.Lines.Select(l => l.ProductId).ToHashSet();
        Assert.Contains(ContractBuilder.Immune, keptIds);
        Assert.Contains(CordId, keptIds);
        Assert.DoesNotContain(CordBloodId, keptIds);
        Assert.Equal(kept.Length + 1, agreement.Lines.Count);
        Assert.Equal(agreement.Lines.Sum(l => l.AmountAfterFen), agreement.AmountAfterFen);
        Assert.True(agreement.AmountAfterFen < contract.AmountFen);
        Assert.Contains("脐带血", agreement.CancelledItems);
    }

    [Theory]
    [InlineData(2, new[] { StorageItem.CordBlood, StorageItem.Cord }, "请选择要取消的存储项目")]
    [InlineData(3, new StorageItem[0], "变更后至少保留一项存储项目")]
    [InlineData(1, new[] { StorageItem.Cord }, "变更存储项目仅支持干细胞三存改双存、三存改单存、双存改单存")]
    [InlineData(2, new[] { StorageItem.Placenta }, "只能保留原合同中的存储项目")]
    public void StorageChange_OtherChanges_AreRefused(int items, StorageItem[] kept, string message)
    {
        var lines = items switch { 3 => new[] { CordBlood, Cord, Placenta }, 2 => [CordBlood, Cord], _ => [Cord, ContractBuilder.ImmuneLine()] };
        var contract = Effective(lines);
        var e = Assert.Throws<DomainException>(() => Create(contract, Draft(AgreementPurpose.StorageChange, kept: kept)));
        Assert.Contains(message, e.Message);
        Assert.Equal("KeptItems", e.Field);
    }

    [Fact]
    public void StorageItems_AreReadFromTheProductNames()
    {
        Assert.Equal(StorageItem.CordBlood, StorageItems.Of("脐带血造血干细胞"));
        Assert.Equal(StorageItem.CordBlood, StorageItems.Of("脐血单个核（临床应用）"));
        Assert.Equal(StorageItem.Cord, StorageItems.Of("脐带间充质"));
        Assert.Equal(StorageItem.Placenta, StorageItems.Of("胎盘间充质"));
        Assert.Null(StorageItems.Of("成品CIK"));
    }

    [Fact]
    public void ApproveReview_Termination_TerminatesTheContract()
    {
        var contract = Effective(Cord);
        var agreement = InReview(Create(contract, Draft(AgreementPurpose.Termination, sampled: true)));

        agreement.ApproveReview(contract, Now);

        Assert.Equal(AgreementStatus.Effective, agreement.Status);
        Assert.Null(agreement.OpenChangeContractId);
        Assert.Equal(ContractStatus.Terminated, contract.Status);
        Assert.Equal(agreement.Number, contract.AgreementReference);
    }

    [Fact]
    public void ApproveReview_StorageChange_ReducesTheContract()
    {
        var contract = Effective(CordBlood, Cord, Placenta);
        var agreement = InReview(Create(contract, Draft(AgreementPurpose.StorageChange, kept: [StorageItem.Cord, StorageItem.Placenta])));

        agreement.ApproveReview(contract, Now);

        Assert.Equal(ContractStatus.Changed, contract.Status);
        Assert.Equal(55_000_00, contract.AmountFen);
        Assert.Equal([CordId, PlacentaId], contract.Lines.OrderBy(l => l.Sort).Select(l => l.ProductId));
    }

    [Fact]
    public void ApproveReview_NoticeLetter_ChangesNothing()
    {
        var contract = Effective(Cord);
        var agreement = InReview(Create(contract, Draft(AgreementPurpose.NoticeLetter)));

        agreement.ApproveReview(contract, Now);

        Assert.Equal(AgreementStatus.Effective, agreement.Status);
        Assert.Equal(ContractStatus.Effective, contract.Status);
        Assert.Equal(30_000_00, contract.AmountFen);
    }

    [Fact]
    public void Signing_ElectronicOrPaper_OnlyItsOwnWay_AndOnlyOnce()
    {
        var contract = Effective(Cord);
        var electronic = Create(contract, Draft(AgreementPurpose.NoticeLetter, signing: AgreementSigning.Electronic));
        Assert.Throws<DomainException>(() => electronic.MarkSignedElectronically(Now)); // still a draft
        electronic.Submit(Now);
        Assert.Throws<DomainException>(() => electronic.EnsureScanAccepted());
        electronic.MarkSignedElectronically(Now);
        Assert.Equal(AgreementStatus.Signed, electronic.Status);
        Assert.Equal("补充协议已签署，不能再签署", Assert.Throws<DomainException>(() => electronic.MarkSignedElectronically(Now)).Message);

        var paper = Create(contract, Draft(AgreementPurpose.NoticeLetter), electronic);
        paper.Submit(Now);
        Assert.Throws<DomainException>(() => paper.MarkSignedElectronically(Now));
        paper.AttachPaperScan(Guid.NewGuid(), Now);
        Assert.Equal(AgreementStatus.Signed, paper.Status);
    }

    [Fact]
    public void RejectReview_GoesBackToPendingSignature_WithoutTheScan_AndTheContractIsUntouched()
    {
        var contract = Effective(Cord);
        var agreement = InReview(Create(contract, Draft(AgreementPurpose.Termination)));

        agreement.RejectReview("缺少客户签名", Now);

        Assert.Equal(AgreementStatus.PendingSignature, agreement.Status);
        Assert.Null(agreement.PaperScanFileId);
        Assert.Equal("缺少客户签名", agreement.ReviewRejectionReason);
        Assert.Equal(contract.Id, agreement.OpenChangeContractId);
        Assert.Equal(ContractStatus.Effective, contract.Status);
        Assert.Throws<DomainException>(() => agreement.ApproveReview(contract, Now));
    }

    [Fact]
    public void Revoke_InReviewOrEffective_Throws()
    {
        var contract = Effective(Cord);
        var agreement = InReview(Create(contract, Draft(AgreementPurpose.Termination)));
        Assert.Equal("补充协议在客服审核中，请先撤回审批再撤销", Assert.Throws<DomainException>(() => agreement.Revoke("x", Now)).Message);
        agreement.WithdrawReview();
        Assert.Equal("请填写撤销原因", Assert.Throws<DomainException>(() => agreement.Revoke(" ", Now)).Message);
        agreement.SubmitForReview(Now);
        agreement.ApproveReview(contract, Now);
        Assert.Throws<DomainException>(() => agreement.Revoke("x", Now));
    }

    [Fact]
    public void TemplateFields_DescribeTheChange()
    {
        var contract = Effective(CordBlood, Cord, Placenta);
        var agreement = Create(contract, Draft(AgreementPurpose.StorageChange, kept: [StorageItem.Cord]));

        var fields = agreement.TemplateFields("张晓梅");

        Assert.Equal(agreement.Number, fields["agreementNumber"]);
        Assert.Equal(contract.Number, fields["contractNumber"]);
        Assert.Equal("张晓梅", fields["customerName"]);
        Assert.Equal("三存改单存", fields["changeKind"]);
        Assert.Equal("脐带", fields["keptItems"]);
        Assert.Equal("脐带血、胎盘", fields["cancelledItems"]);
        Assert.Equal("75,000.00", fields["contractAmount"]);
        Assert.Equal("30,000.00", fields["amountAfterChange"]);
    }
}
