using CellCrm.Domain.Common;
using CellCrm.Domain.Messaging;

namespace CellCrm.Domain.Tests.Messaging;

public class OutboxMessageTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(8));
    private static readonly TimeSpan Base = TimeSpan.FromSeconds(30);

    private static OutboxMessage Queued() => new(Guid.NewGuid(), Guid.NewGuid(), OutboxChannel.Template, TemplateKeys.PaymentNotice,
        "缴费：首期款", new Dictionary<string, string> { [TemplateFields.Title] = "首期款" }, "/Tasks/1", "key-1", Now);

    [Fact]
    public void MarkSent_StoresProviderIdAndReleasesClaim()
    {
        var message = Queued();

        message.MarkSent("msgid-42", Now.AddSeconds(1));

        Assert.Equal(OutboxState.Sent, message.State);
        Assert.Equal("msgid-42", message.ProviderMessageId);
        Assert.Equal(1, message.Attempts);
        Assert.Null(message.ClaimedBy);
    }

    [Fact]
    public void MarkSent_Twice_IsRefused()
    {
        var message = Queued();
        message.MarkSent("a", Now);

        var e = Assert.Throws<DomainException>(() => message.MarkSent("b", Now));

        Assert.Equal("该消息已处理，不能重复发送", e.Message);
        Assert.Equal("a", message.ProviderMessageId);
    }

    [Fact]
    public void RetryLater_BacksOffExponentially_ThenFailsWithReasonAfterMaxAttempts()
    {
        var message = Queued();

        message.RetryLater("系统繁忙", Now, 4, Base);
        Assert.Equal(Now + Base, message.NextAttemptAt);
        message.RetryLater("系统繁忙", Now, 4, Base);
        Assert.Equal(Now + Base * 2, message.NextAttemptAt);
        message.RetryLater("系统繁忙", Now, 4, Base);
        Assert.Equal(Now + Base * 4, message.NextAttemptAt);
        Assert.Equal(OutboxState.Queued, message.State);

        message.RetryLater("系统繁忙", Now, 4, Base);

        Assert.Equal(OutboxState.Failed, message.State);
        Assert.Equal("已重试4次仍未成功：系统繁忙", message.LastError);
        Assert.Equal("失败（已重试4次仍未成功：系统繁忙）", OutboxLabels.Describe(message.State, message.LastError));
    }

    [Fact]
    public void RetryLater_NeverWaitsMoreThanAnHour()
    {
        var message = Queued();
        for (var i = 0; i < 12; i++)
        {
            message.RetryLater("网络错误", Now, 100, Base);
        }

        Assert.Equal(Now + OutboxMessage.MaxBackoff, message.NextAttemptAt);
    }

    [Fact]
    public void FallBackToSms_ThenSent_EndsAsFellBackToSms()
    {
        var message = Queued();

        message.FallBackToSms("用户未关注公众号", Now);
        Assert.Equal(OutboxChannel.Sms, message.Channel);
        Assert.Equal(OutboxState.Queued, message.State);
        message.MarkSent(null, Now);

        Assert.Equal(OutboxState.FellBackToSms, message.State);
        Assert.Equal("已转短信", OutboxLabels.Describe(message.State, message.LastError));
        Assert.Equal(Now, message.FellBackAt);
    }

    [Fact]
    public void FallBackToSms_Twice_IsRefused()
    {
        var message = Queued();
        message.FallBackToSms("用户未关注公众号", Now);

        Assert.Throws<DomainException>(() => message.FallBackToSms("again", Now));
    }

    [Fact]
    public void Fail_KeepsReason_AndFurtherChangesAreRefused()
    {
        var message = Queued();

        message.Fail("模板ID无效", Now);

        Assert.Equal(OutboxState.Failed, message.State);
        Assert.Equal("失败（模板ID无效）", OutboxLabels.Describe(message.State, message.LastError));
        Assert.Throws<DomainException>(() => message.RetryLater("x", Now, 5, Base));
    }

    [Fact]
    public void BeginSending_RecordsSending_UntilTheAnswerIsRecorded()
    {
        var message = Queued();

        Assert.False(message.BeginSending(Now));
        Assert.Equal(Now, message.SendingSince);
        Assert.Equal("发送中", OutboxLabels.Describe(message.State, message.LastError, message.SendingSince));

        message.MarkSent("msgid-1", Now.AddSeconds(1));

        Assert.Null(message.SendingSince);
        Assert.Equal(0, message.InterruptedSends);
        Assert.Equal("已发送", OutboxLabels.Describe(message.State, message.LastError, message.SendingSince));
    }

    [Fact]
    public void BeginSending_AfterARunDiedMidSend_ReportsTheInterruptedSend()
    {
        var message = Queued();
        message.BeginSending(Now);

        // No answer was recorded: the next run finds 发送中 and knows the first send may have arrived.
        Assert.True(message.BeginSending(Now.AddMinutes(3)));

        Assert.Equal(1, message.InterruptedSends);
        Assert.Equal(Now.AddMinutes(3), message.SendingSince);
    }

    [Fact]
    public void BeginSending_AfterATransientFailure_IsNotAnInterruption()
    {
        var message = Queued();
        message.BeginSending(Now);
        message.RetryLater("系统繁忙", Now, 5, Base);

        Assert.Null(message.SendingSince);
        Assert.False(message.BeginSending(Now.AddMinutes(1)));
        Assert.Equal(0, message.InterruptedSends);
    }

    [Fact]
    public void BeginSending_WhenAlreadySent_IsRefused()
    {
        var message = Queued();
        message.MarkSent("a", Now);

        Assert.Throws<DomainException>(() => message.BeginSending(Now));
    }

    [Fact]
    public void ClientMessageId_IsTheMessagesOwnId_NotItsContent()
    {
        var first = Queued();
        var second = Queued();

        Assert.Equal(first.Id.ToString("N"), first.ClientMessageId);
        Assert.NotEqual(first.ClientMessageId, second.ClientMessageId);
    }
}
