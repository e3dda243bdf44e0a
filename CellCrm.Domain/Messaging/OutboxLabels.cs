namespace CellCrm.Domain.Messaging;

public static class OutboxLabels
{
    public static string Of(OutboxState state) => state switch
    {
        OutboxState.Queued => "排队中",
        OutboxState.Sent => "已发送",
        OutboxState.Failed => "失败",
        OutboxState.FellBackToSms => "已转短信",
    };

    public static string Of(OutboxChannel channel) => channel switch
    {
        OutboxChannel.Template => "微信模板消息",
        OutboxChannel.Sms => "短信",
        OutboxChannel.PortalInbox => "站内消息",
    };

    public const string Sending = "发送中";

    /// <summary>The delivery state as staff read it on a task: 失败 carries its reason; a queued message whose send
    /// has started reads 发送中.</summary>
    public static string Describe(OutboxState state, string? error, DateTimeOffset? sendingSince = null) =>
        state == OutboxState.Failed && !string.IsNullOrEmpty(error) ? $"失败（{error}）"
        : state == OutboxState.Queued && sendingSince is not null ? Sending
        : Of(state);
}
