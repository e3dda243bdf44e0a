using CellCrm.Domain.Common;
using CellCrm.Domain.Refunds;

namespace CellCrm.Domain.Tests.Refunds;

public class RefundApplicationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.FromHours(8));
    private static readonly Guid Customer = Guid.NewGuid();
    private static readonly Guid Contract = Guid.NewGuid();
    private static readonly RefundAccount ZhangAccount = new("张晓梅", "招商银行深圳分行", "6225 8812 3456 7890");

    private static RefundSource Online(long received = 87_800_00, long reserved = 0, Guid? contract = null) =>
        new(RefundSourceKind.OnlinePayment, Guid.NewGuid(), Customer, contract ?? Contract, "微信支付 87,800.00", received, reserved);

    private static RefundApplication Application(params RefundLineDraft[] lines) =>
        new("TKSQ202611001", Customer, Contract, null, "终止合同，退还已收款", lines.Length == 0 ? [new(Online(), 10_000_00, null)] : lines,
            Guid.NewGuid(), "党研宇", Guid.NewGuid(), "key-1", Now);

    private static RefundApplication Approved(params RefundLineDraft[] lines)
    {
        var application = Application(lines);
        application.EnterAccount(ZhangAccount, Now);
        application.Submit(Now);
        application.Approve(Now);
        return application;
    }

    [Fact]
    public void Create_AboveTheRefundable_IsRefusedOnTheLine()
    {
        var source = Online(received: 87_800_00, reserved: 80_000_00);

        var e = Assert.Throws<DomainException>(() => Application(new RefundLineDraft(source, 7_800_01, null)));

        Assert.Equal("退款金额不能超过该笔收款的可退金额7,800.00元", e.Message);
        Assert.Equal("Lines[0].AmountYuan", e.Field);
        Assert.Equal(7_800_00, Application(new RefundLineDraft(source, 7_800_00, null)).TotalFen);
    }

    [Fact]
    public void Create_ZeroAmount_AnotherContractsPayment_OrTheSamePaymentTwice_AreRefused()
    {
        var source = Online();
        Assert.Equal("退款金额须大于0", Assert.Throws<DomainException>(() => Application(new RefundLineDraft(source, 0, null))).Message);
        Assert.Contains("不属于该合同", Assert.Throws<DomainException>(() => Application(new RefundLineDraft(Online(contract: Guid.NewGuid()), 100, null))).Message);
        Assert.Contains("重复选择", Assert.Throws<DomainException>(() => Application(new(source, 100, null), new(source, 100, null))).Message);
        Assert.Equal("请至少选择一笔要退的收款", Assert.Throws<DomainException>(() =>
            new RefundApplication("TKSQ1", Customer, Contract, null, "退款", [], Guid.NewGuid(), "党研宇", Guid.NewGuid(), "k", Now)).Message);
    }

    [Fact]
    public void Submit_WithoutAnAccount_IsRefused_AndWithOne_GoesToApproval()
    {
        var application = Application();

        Assert.Equal("请先填写退款账户，或推送客户填写", Assert.Throws<DomainException>(() => application.Submit(Now)).Message);
        application.EnterAccount(ZhangAccount, Now);
        application.Submit(Now);

        Assert.Equal(RefundApplicationStatus.InApproval, application.Status);
        Assert.Equal(AccountFilledBy.Staff, application.AccountFilledBy);
        Assert.Equal("6225881234567890", application.AccountNumber);
        Assert.Throws<DomainException>(() => application.Submit(Now));
        Assert.Throws<DomainException>(() => application.EnterAccount(ZhangAccount, Now));
    }

    [Fact]
    public void FillAccountByCustomer_SubmitsOnce_AndTheSameAccountAgainChangesNothing()
    {
        var application = Application();
        application.RequestAccountFromCustomer();
        Assert.Equal(RefundApplicationStatus.AwaitingAccount, application.Status);

        Assert.True(application.FillAccountByCustomer(Customer, ZhangAccount, Now));
        Assert.False(application.FillAccountByCustomer(Customer, new RefundAccount("张晓梅", "招商银行深圳分行", "6225881234567890"), Now.AddMinutes(1)));

        Assert.Equal(RefundApplicationStatus.InApproval, application.Status);
        Assert.Equal((AccountFilledBy.Customer, Now), (application.AccountFilledBy!.Value, application.AccountFilledAt!.Value));
        Assert.Equal("退款账户已提交，无需重复填写",
            Assert.Throws<DomainException>(() => application.FillAccountByCustomer(Customer, new RefundAccount("张晓梅", "工商银行", "6222020000000001"), Now)).Message);
        Assert.Throws<DomainException>(() => Application().FillAccountByCustomer(Customer, ZhangAccount, Now));
    }

    [Fact]
    public void FillAccountByCustomer_AnotherCustomer_IsRefused()
    {
        var application = Application();
        application.RequestAccountFromCustomer();

        Assert.Throws<DomainException>(() => application.FillAccountByCustomer(Guid.NewGuid(), ZhangAccount, Now));
        Assert.Equal(RefundApplicationStatus.AwaitingAccount, application.Status);
        Assert.Null(application.AccountNumber);
    }

    [Theory]
    [InlineData("", "招商银行", "6225881234567890", "请填写户名")]
    [InlineData("张晓梅", " ", "6225881234567890", "请填写开户行")]
    [InlineData("张晓梅", "招商银行", "6225-8812", "账号应为8–30位数字")]
    [InlineData("张晓梅", "招商银行", "1234567", "账号应为8–30位数字")]
    public void Account_InvalidFields_AreRefusedByField(string holder, string bank, string number, string message) =>
        Assert.Equal(message, Assert.Throws<DomainException>(() => new RefundAccount(holder, bank, number)).Message);

    [Fact]
    public void Account_IsMaskedForLists() => Assert.Equal("6225********7890", RefundAccount.Mask("6225881234567890"));

    [Fact]
    public void RejectThenReopen_GoesBackToApproval_AndWithdraw_MakesADraft()
    {
        var application = Application();
        application.EnterAccount(ZhangAccount, Now);
        application.Submit(Now);
        application.Reject("金额有误", Now);
        Assert.Equal((RefundApplicationStatus.Rejected, "金额有误"), (application.Status, application.RejectionReason));
        Assert.Throws<DomainException>(() => application.StartPayout(Now));

        application.Reopen(Now);
        Assert.Equal(RefundApplicationStatus.InApproval, application.Status);
        application.Withdraw();
        Assert.Equal(RefundApplicationStatus.Draft, application.Status);
    }

    [Fact]
    public void Payout_OnlineLine_GetsAFixedRefundNumber_AndARepeatedNotifyChangesNothing()
    {
        var application = Approved();
        application.StartPayout(Now);
        var line = Assert.Single(application.Lines);
        var number = line.OutRefundNo!;

        Assert.Equal((RefundApplicationStatus.Paying, RefundLineState.Processing), (application.Status, line.State));
        Assert.Equal("TK" + line.Id.ToString("N"), number);
        Assert.True(application.MarkRefunded(number, "50300001", 10_000_00, Now));
        Assert.False(application.MarkRefunded(number, "50300001", 10_000_00, Now.AddHours(1)));
        Assert.False(application.MarkFailed(number, "REFUND.CLOSED", Now));

        Assert.Equal((RefundApplicationStatus.Refunded, RefundLineState.Refunded, Now), (application.Status, line.State, application.CompletedAt!.Value));
        Assert.Equal("50300001", line.RefundId);
    }

    [Fact]
    public void Payout_AWrongAmount_IsRefused()
    {
        var application = Approved();
        application.StartPayout(Now);
        var number = application.Lines.Single().OutRefundNo!;

        Assert.Throws<DomainException>(() => application.MarkRefunded(number, "503", 10_000_01, Now));
        Assert.Equal(RefundApplicationStatus.Paying, application.Status);
    }

    [Fact]
    public void Payout_OneLineFailed_IsPartiallyFailed_ThenPaidByBankTransfer()
    {
        var application = Approved(new(Online(), 10_000_00, null), new(Online(), 5_000_00, "多收"));
        application.StartPayout(Now);
        var (first, second) = (application.Lines.First(), application.Lines.Last());

        application.MarkRefunded(first.OutRefundNo!, "5031", 10_000_00, Now);
        application.MarkFailed(second.OutRefundNo!, "NOT_ENOUGH: 余额不足", Now);
        Assert.Equal(RefundApplicationStatus.PartiallyFailed, application.Status);

        Assert.Throws<DomainException>(() => application.RecordBankTransfer(second.Id, new DateOnly(2026, 11, 27), "VCH001", null, "财务", Now));
        application.SwitchToBankTransfer(second.Id);
        Assert.Equal((RefundApplicationStatus.Paying, RefundPayoutMethod.BankTransfer), (application.Status, second.Method));
        Assert.Equal("退款日期不能晚于今天",
            Assert.Throws<DomainException>(() => application.RecordBankTransfer(second.Id, new DateOnly(2026, 11, 28), "VCH001", null, "财务", Now)).Message);
        Assert.Equal("请填写银行凭证号",
            Assert.Throws<DomainException>(() => application.RecordBankTransfer(second.Id, new DateOnly(2026, 11, 27), " ", null, "财务", Now)).Message);
        application.RecordBankTransfer(second.Id, new DateOnly(2026, 11, 27), "VCH001", null, "财务", Now);

        Assert.Equal(RefundApplicationStatus.Refunded, application.Status);
        Assert.Equal((new DateOnly(2026, 11, 27), "VCH001", "财务"), (second.PaidOn!.Value, second.VoucherNo, second.RecordedByName));
        Assert.Equal("退款申请已退款，不在退款中", Assert.Throws<DomainException>(() => application.RecordBankTransfer(second.Id, new DateOnly(2026, 11, 27), "VCH001", null, "财务", Now)).Message);
    }

    [Fact]
    public void Payout_OfflineCollectionLine_IsABankTransfer_AndOnlyBeforeApprovalIsRefused()
    {
        var offline = new RefundSource(RefundSourceKind.OfflineCollection, Guid.NewGuid(), Customer, Contract, "银行转账 2026-11-20", 20_000_00, 0);
        var draft = Application(new RefundLineDraft(offline, 20_000_00, null));
        Assert.Contains("审批通过后才能发起退款", Assert.Throws<DomainException>(() => draft.StartPayout(Now)).Message);

        var application = Approved(new RefundLineDraft(offline, 20_000_00, null));
        application.StartPayout(Now);
        var line = application.Lines.Single();
        Assert.Equal((RefundPayoutMethod.BankTransfer, RefundLineState.Pending, null), (line.Method, line.State, line.OutRefundNo));
        Assert.Throws<DomainException>(() => application.StartPayout(Now));

        application.RecordBankTransfer(line.Id, new DateOnly(2026, 11, 26), "CMB20261126", Guid.NewGuid(), "财务", Now);
        Assert.Equal(RefundApplicationStatus.Refunded, application.Status);
    }
}
