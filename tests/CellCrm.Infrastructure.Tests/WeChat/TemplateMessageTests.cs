using CellCrm.Domain.Messaging;
using CellCrm.Infrastructure.WeChat;
using CellCrm.Testing.Fakes.WeChat;

namespace CellCrm.Infrastructure.Tests.WeChat;

/// <summary>Template messages go out with the configured template id and keywords; WeChat's errcodes become outcomes
/// the outbox acts on (send later, fall back to SMS, give up).</summary>
public sealed class TemplateMessageTests : IAsyncLifetime
{
    private FakeWeChatServer _weChat = null!;
    private WeChatNode _node = null!;

    private ITemplateMessageSender Sender => _node.Get<ITemplateMessageSender>();

    public async ValueTask InitializeAsync()
    {
        _weChat = await FakeWeChatServer.StartAsync();
        _node = new WeChatNode(_weChat, WeChatNode.NewPrefix());
    }

    public async ValueTask DisposeAsync()
    {
        Assert.Empty(_weChat.Violations);
        await _node.DisposeAsync();
        await _weChat.DisposeAsync();
    }

    [Fact]
    public async Task Send_MapsTheFieldsToTheTemplate_AndReturnsTheMsgId()
    {
        var message = new TemplateMessage("oCustomer-0001", WeChatNode.ExamReminder,
            new Dictionary<string, string> { ["Title"] = "请于体检前空腹 8 小时", ["Due"] = "2026-12-01 09:00", ["Unused"] = "x" },
            "https://portal.cellcrm.test/tasks/42", "0193f0c2a4b87c3e9d1f2a3b4c5d6e7f");

        var result = await Sender.SendAsync(message, CancellationToken.None);

        Assert.Equal(TemplateSendOutcome.Sent, result.Outcome);
        Assert.Null(result.Error);
        var sent = Assert.Single(_weChat.TemplateMessages);
        Assert.Equal("200228333", result.ProviderMessageId);
        Assert.Equal("oCustomer-0001", sent.GetProperty("touser").GetString());
        Assert.Equal(WeChatNode.ExamTemplateId, sent.GetProperty("template_id").GetString());
        Assert.Equal("https://portal.cellcrm.test/tasks/42", sent.GetProperty("url").GetString());
        Assert.Equal("请于体检前空腹 8 小时", sent.GetProperty("data").GetProperty("thing1").GetProperty("value").GetString());
        Assert.Equal("2026-12-01 09:00", sent.GetProperty("data").GetProperty("time2").GetProperty("value").GetString());
        Assert.Equal(2, sent.GetProperty("data").EnumerateObject().Count());
        Assert.Equal("0193f0c2a4b87c3e9d1f2a3b4c5d6e7f", sent.GetProperty("client_msg_id").GetString());
    }

    [Fact]
    public async Task Send_SameClientMsgIdTwice_IsAcceptedButDeliveredOnce()
    {
        var message = Exam("oCustomer-0002", "id-of-outbox-message-1");

        var first = await Sender.SendAsync(message, CancellationToken.None);
        var repeat = await Sender.SendAsync(message, CancellationToken.None);

        // WeChat answers the repeat as a success (the outbox records it sent) but does not deliver it again.
        Assert.Equal(TemplateSendOutcome.Sent, first.Outcome);
        Assert.Equal(TemplateSendOutcome.Sent, repeat.Outcome);
        Assert.Equal(first.ProviderMessageId, repeat.ProviderMessageId);
        Assert.Equal(2, _weChat.SendsReceived);
        Assert.Equal(1, _weChat.Delivered);
        Assert.Equal(1, _weChat.RepeatsDropped);
        Assert.Equal("id-of-outbox-message-1", Assert.Single(_weChat.TemplateMessages).GetProperty("client_msg_id").GetString());
    }

    [Fact]
    public async Task Send_SameContentUnderDifferentClientMsgIds_IsDeliveredEachTime()
    {
        // Two pushes that read the same (a reminder sent again next week) are two messages: both reach the customer.
        await Sender.SendAsync(Exam("oCustomer-0004", "message-a"), CancellationToken.None);
        await Sender.SendAsync(Exam("oCustomer-0004", "message-b"), CancellationToken.None);
        // The same client_msg_id to another customer is another message too.
        await Sender.SendAsync(Exam("oCustomer-0005", "message-a"), CancellationToken.None);

        Assert.Equal(3, _weChat.Delivered);
        Assert.Equal(0, _weChat.RepeatsDropped);
        Assert.Equal(["message-a", "message-b", "message-a"], _weChat.TemplateMessages.Select(m => m.GetProperty("client_msg_id").GetString()));
    }

    [Theory]
    [InlineData(43004, TemplateSendOutcome.RecipientUnreachable)]
    [InlineData(43101, TemplateSendOutcome.RecipientUnreachable)]
    [InlineData(40003, TemplateSendOutcome.RecipientUnreachable)]
    [InlineData(-1, TemplateSendOutcome.TransientFailure)]
    [InlineData(45009, TemplateSendOutcome.TransientFailure)]
    [InlineData(40037, TemplateSendOutcome.PermanentFailure)]
    [InlineData(47003, TemplateSendOutcome.PermanentFailure)]
    public async Task Send_WhenWeChatAnswersAnError_MapsItsClass(int errCode, TemplateSendOutcome expected)
    {
        _weChat.FailNextTemplateSends(errCode);

        var result = await Sender.SendAsync(Exam("oCustomer-err"), CancellationToken.None);

        Assert.Equal(expected, result.Outcome);
        Assert.Null(result.ProviderMessageId);
        Assert.StartsWith(errCode.ToString(System.Globalization.CultureInfo.InvariantCulture), result.Error);
        // An error that is not about the token is never retried here: the outbox decides.
        Assert.Equal(1, _weChat.Calls(FakeWeChatServer.TemplateSendPath));
        Assert.Empty(_weChat.TemplateMessages);
    }

    [Fact]
    public async Task Send_WhenTheConnectionBreaks_IsTransient_AndNotRepeated()
    {
        _weChat.DropNextTemplateSend();

        var result = await Sender.SendAsync(Exam("oCustomer-net"), CancellationToken.None);

        Assert.Equal(TemplateSendOutcome.TransientFailure, result.Outcome);
        // A POST that may have reached WeChat is not sent again by the HTTP pipeline.
        Assert.Equal(1, _weChat.Calls(FakeWeChatServer.TemplateSendPath));
    }

    [Fact]
    public async Task Send_WhenWeChatIsUnreachable_IsTransient()
    {
        var stopped = await FakeWeChatServer.StartAsync();
        var deadAddress = stopped.BaseUrl;
        await stopped.DisposeAsync();
        await using var offline = new WeChatNode(deadAddress, WeChatNode.NewPrefix());

        var result = await offline.Get<ITemplateMessageSender>().SendAsync(Exam("oCustomer-off"), CancellationToken.None);

        Assert.Equal(TemplateSendOutcome.TransientFailure, result.Outcome);
    }

    [Fact]
    public async Task Send_WithAnUnknownTemplateKey_IsPermanent_WithoutCallingWeChat()
    {
        var result = await Sender.SendAsync(new TemplateMessage("oCustomer-x", "NoSuchTemplate", new Dictionary<string, string>(), null, "m1"), CancellationToken.None);

        Assert.Equal(TemplateSendOutcome.PermanentFailure, result.Outcome);
        Assert.Equal("未配置模板 NoSuchTemplate", result.Error);
        Assert.Equal(0, _weChat.Calls(FakeWeChatServer.TemplateSendPath));
        Assert.Equal(0, _weChat.Calls(FakeWeChatServer.StableTokenPath));
    }

    [Fact]
    public async Task Send_WithAMissingField_IsPermanent_WithoutCallingWeChat()
    {
        var message = new TemplateMessage("oCustomer-x", WeChatNode.ExamReminder, new Dictionary<string, string> { ["Title"] = "体检提醒" }, null, "m2");

        var result = await Sender.SendAsync(message, CancellationToken.None);

        Assert.Equal(TemplateSendOutcome.PermanentFailure, result.Outcome);
        Assert.Equal($"模板 {WeChatNode.ExamReminder} 缺少字段 Due", result.Error);
        Assert.Equal(0, _weChat.Calls(FakeWeChatServer.TemplateSendPath));
    }

    private static TemplateMessage Exam(string openId, string? clientMessageId = null) =>
        new(openId, WeChatNode.ExamReminder, new Dictionary<string, string> { ["Title"] = "体检提醒", ["Due"] = "2026-12-01 09:00" }, null,
            clientMessageId ?? Guid.NewGuid().ToString("N"));
}
