using CellCrm.Domain.Common;
using CellCrm.Domain.Payments;

namespace CellCrm.Domain.Tests.Payments;

public class PaymentLinkTests
{
    // 2026-11-27 10:00 China time.
    private static readonly DateTimeOffset Sent = new(2026, 11, 27, 2, 0, 0, TimeSpan.Zero);

    private static PaymentLink Link(long fen = 600_000) =>
        PaymentLink.Send(Guid.CreateVersion7(), fen, "7553321000033", null, null, Guid.CreateVersion7(), "党研宇", Sent);

    private static string No() => Guid.CreateVersion7().ToString("N");

    [Fact]
    public void Send_ExpiresExactlyTenMonthsLater_InChinaTime()
    {
        var link = Link();

        Assert.Equal(new DateTimeOffset(2027, 9, 27, 10, 0, 0, TimeSpan.FromHours(8)), link.ExpiresAt);
        Assert.Equal(PaymentLinkState.Pending, link.StateAt(link.ExpiresAt.AddTicks(-1)));
        Assert.Equal(PaymentLinkState.Expired, link.StateAt(link.ExpiresAt));
    }

    [Fact]
    public void Send_OnTheLastDayOfAMonth_EndsOnTheLastDayTenMonthsLater()
    {
        // 2027-01-31 12:00 China time → 2027-11-30 12:00 (November has 30 days).
        var sent = new DateTimeOffset(2027, 1, 31, 4, 0, 0, TimeSpan.Zero);

        Assert.Equal(new DateTimeOffset(2027, 11, 30, 12, 0, 0, TimeSpan.FromHours(8)), PaymentLink.ExpiryOf(sent));
    }

    [Theory]
    [InlineData(0, "收款金额应大于0")]
    [InlineData(-1, "收款金额应大于0")]
    [InlineData(10_000_000_001, "收款金额不能超过100,000,000.00元")]
    public void Send_AmountOutOfRange_Throws(long fen, string message)
    {
        var error = Assert.Throws<DomainException>(() => Link(fen));

        Assert.Equal(message, error.Message);
        Assert.Equal("AmountFen", error.Field);
    }

    [Fact]
    public void Send_WithoutReason_Throws() =>
        Assert.Equal("请填写收款理由", Assert.Throws<DomainException>(() =>
            PaymentLink.Send(Guid.NewGuid(), 100, " ", null, null, null, "顾问", Sent)).Message);

    [Fact]
    public void StartAttempt_AfterExpiry_Throws_AndNoAttemptIsAdded()
    {
        var link = Link();

        var error = Assert.Throws<DomainException>(() => link.StartAttempt(No(), link.ExpiresAt));

        Assert.Equal("付款链接已过期（有效期至2027-09-27 10:00），请联系您的顾问", error.Message);
        Assert.Empty(link.Attempts);
    }

    [Fact]
    public void StartAttempt_WhileAnEarlierOrderIsOpen_Throws_UntilItIsClosed()
    {
        var link = Link();
        var first = link.StartAttempt(No(), Sent);

        Assert.Equal("上一笔支付的结果尚未确认，请稍后再试", Assert.Throws<DomainException>(() => link.StartAttempt(No(), Sent)).Message);

        link.CloseAttempt(first.OutTradeNo, Sent.AddHours(2));
        var second = link.StartAttempt(No(), Sent.AddHours(2));
        Assert.Equal(PaymentAttemptState.Open, second.State);
        Assert.Equal(2, link.Attempts.Count);
    }

    [Fact]
    public void HasUsablePrepay_ExpiresTwoHoursAfterOrdering_WithMargin()
    {
        var link = Link();
        var attempt = link.StartAttempt(No(), Sent);
        link.RecordPrepay(attempt.OutTradeNo, "wx201410272009395522657a690389285100", Sent + JsapiPrepay.Lifetime);

        Assert.True(attempt.HasUsablePrepay(Sent.AddMinutes(100), TimeSpan.FromMinutes(5)));
        Assert.False(attempt.HasUsablePrepay(Sent.AddMinutes(116), TimeSpan.FromMinutes(5)));
    }

    [Fact]
    public void Credit_OnceThenReplay_RecordsOnePayment_AndTheLinkIsPaid()
    {
        var link = Link();
        var attempt = link.StartAttempt(No(), Sent);

        var payment = link.Credit(attempt.OutTradeNo, "4200000001", 600_000, Sent.AddMinutes(1), PaymentSource.Notify, Sent.AddMinutes(1));
        var replay = link.Credit(attempt.OutTradeNo, "4200000001", 600_000, Sent.AddMinutes(1), PaymentSource.Notify, Sent.AddMinutes(2));

        Assert.NotNull(payment);
        Assert.False(payment.RequiresRefund);
        Assert.Equal(600_000, payment.AmountFen);
        Assert.Null(replay);
        Assert.Equal(PaymentLinkState.Paid, link.State);
        Assert.Equal("4200000001", link.TransactionId);
        Assert.Equal("该款项已支付，无需重复支付", Assert.Throws<DomainException>(() => link.StartAttempt(No(), Sent.AddMinutes(3))).Message);
    }

    [Fact]
    public void Credit_WrongAmount_Throws_AndLeavesTheLinkUnpaid()
    {
        var link = Link();
        var attempt = link.StartAttempt(No(), Sent);

        var error = Assert.Throws<DomainException>(() => link.Credit(attempt.OutTradeNo, "4200000001", 1, Sent, PaymentSource.Notify, Sent));

        Assert.Equal("支付金额0.01元与付款链接金额6,000.00元不符", error.Message);
        Assert.Equal(PaymentLinkState.Pending, link.State);
        Assert.Equal(PaymentAttemptState.Open, attempt.State);
    }

    [Fact]
    public void Credit_UnknownOrderNumber_Throws()
    {
        var link = Link();

        Assert.Equal("该商户订单号不属于此付款链接", Assert.Throws<DomainException>(() =>
            link.Credit(No(), "4200000001", 600_000, Sent, PaymentSource.Notify, Sent)).Message);
    }

    [Fact]
    public void Cancel_WithAnOpenOrder_Throws_AfterClosingIt_Cancels_AndALatePaymentNeedsARefund()
    {
        var link = Link();
        var attempt = link.StartAttempt(No(), Sent);

        Assert.Equal("客户可能正在支付，请确认支付结果后再操作", Assert.Throws<DomainException>(() => link.Cancel("金额有误", Sent)).Message);

        link.CloseAttempt(attempt.OutTradeNo, Sent);
        link.Cancel("金额有误", Sent);
        Assert.Equal(PaymentLinkState.Cancelled, link.StateAt(Sent));
        Assert.Equal("该付款链接已取消，无法支付", Assert.Throws<DomainException>(() => link.EnsurePayable(Sent)).Message);
        Assert.Equal("付款链接已取消，不能取消", Assert.Throws<DomainException>(() => link.Cancel("再次", Sent)).Message);
    }

    [Fact]
    public void Supersede_MakesANewLinkWithItsOwnTenMonths_AndTheOldOneUnpayable()
    {
        var link = Link();
        var later = Sent.AddDays(3);

        var next = link.Supersede(500_000, "7553321000033（调整）", null, "顾问", later);

        Assert.Equal(PaymentLinkState.Superseded, link.State);
        Assert.Equal(next.Id, link.SupersededById);
        Assert.Equal(link.CustomerId, next.CustomerId);
        Assert.Equal(PaymentLink.ExpiryOf(later), next.ExpiresAt);
        Assert.Equal("该付款链接已被新的付款链接替代，请使用最新的缴费通知", Assert.Throws<DomainException>(() => link.StartAttempt(No(), later)).Message);
    }

    [Fact]
    public void Credit_AfterTheLinkWasCancelled_IsRecordedForRefund_AndTheLinkStaysCancelled()
    {
        // The order was closed before the cancel, but WeChat Pay reports it paid anyway (the customer paid in the
        // moment between our query and the close): the money is recorded, never dropped, and flagged for refund.
        var link = Link();
        var attempt = link.StartAttempt(No(), Sent);
        link.CloseAttempt(attempt.OutTradeNo, Sent);
        link.Cancel("客户改为线下付款", Sent);

        var late = link.Credit(attempt.OutTradeNo, "4200000002", 600_000, Sent.AddMinutes(5), PaymentSource.Notify, Sent.AddMinutes(5));

        Assert.NotNull(late);
        Assert.True(late.RequiresRefund);
        Assert.Equal("付款链接已取消后到账，需退款", late.Note);
        Assert.Equal(PaymentLinkState.Cancelled, link.State);
        Assert.Null(link.TransactionId);
    }

    [Fact]
    public void ExpireIfDue_RecordsExpiry_OnlyAfterTheDate_AndNotWithAnOpenOrder()
    {
        var link = Link();
        Assert.False(link.ExpireIfDue(link.ExpiresAt.AddSeconds(-1)));
        var attempt = link.StartAttempt(No(), link.ExpiresAt.AddHours(-1));
        Assert.False(link.ExpireIfDue(link.ExpiresAt));

        link.CloseAttempt(attempt.OutTradeNo, link.ExpiresAt);

        Assert.True(link.ExpireIfDue(link.ExpiresAt));
        Assert.Equal(PaymentLinkState.Expired, link.State);
    }
}
