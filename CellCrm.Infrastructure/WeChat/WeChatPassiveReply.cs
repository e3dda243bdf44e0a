using System.Globalization;
using System.Xml.Linq;

namespace CellCrm.Infrastructure.WeChat;

/// <summary>Passive replies to a message WeChat posted (WECHAT.md A1): a text reply XML, or the plain "success".</summary>
public static class WeChatPassiveReply
{
    public const string Success = "success";

    /// <summary>A text reply to <paramref name="to"/>'s message; XElement escapes what needs escaping.</summary>
    public static string Text(WeChatInboundMessage to, string content, DateTimeOffset now) =>
        new XElement("xml",
            new XElement("ToUserName", new XCData(to.FromUserName)),
            new XElement("FromUserName", new XCData(to.ToUserName)),
            new XElement("CreateTime", now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)),
            new XElement("MsgType", new XCData("text")),
            new XElement("Content", new XCData(content))).ToString(SaveOptions.DisableFormatting);
}
