using System.Xml;
using System.Xml.Linq;

namespace CellCrm.Infrastructure.WeChat;

/// <summary>A message or event WeChat posted to our server URL (plain mode). Only the fields CellCrm uses.</summary>
public sealed record WeChatInboundMessage(string ToUserName, string FromUserName, long CreateTime, string MsgType, string? Event, string? EventKey)
{
    private const int MaxCharacters = 64 * 1024;

    public bool IsSubscribe => MsgType == "event" && string.Equals(Event, "subscribe", StringComparison.OrdinalIgnoreCase);

    /// <summary>Parses the XML without DTDs or external entities (an XXE or entity-expansion body fails); null when
    /// the body is not a WeChat message.</summary>
    public static WeChatInboundMessage? Parse(Stream body)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = MaxCharacters,
            IgnoreComments = true,
            Async = false,
        };
        XElement root;
        try
        {
            using var reader = XmlReader.Create(body, settings);
            root = XElement.Load(reader);
        }
        catch (XmlException)
        {
            return null;
        }

        if (root.Name != "xml")
        {
            return null;
        }

        // Direct text children of <xml> only; nested structures (e.g. ScanCodeInfo) are not needed.
        var fields = root.Elements().Where(e => !e.HasElements)
            .GroupBy(e => e.Name.LocalName)
            .ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
        return fields.TryGetValue("ToUserName", out var to) && fields.TryGetValue("FromUserName", out var from) &&
               fields.TryGetValue("MsgType", out var type) && long.TryParse(fields.GetValueOrDefault("CreateTime"), out var created)
            ? new WeChatInboundMessage(to, from, created, type, fields.GetValueOrDefault("Event"), fields.GetValueOrDefault("EventKey"))
            : null;
    }
}
