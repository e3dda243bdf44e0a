namespace CellCrm.Infrastructure.WeChat;

/// <summary>One template of the account: its id, and which of our message fields fills which template keyword
/// (e.g. <c>"Title": "thing1"</c>, <c>"Due": "time2"</c>).</summary>
public sealed class WeChatTemplateOptions
{
    public string TemplateId { get; set; } = "";

    /// <summary>Our field name → the template's keyword (<c>thing1</c>, <c>time2</c>, <c>character_string3</c> …).</summary>
    public Dictionary<string, string> Fields { get; set; } = [];
}
