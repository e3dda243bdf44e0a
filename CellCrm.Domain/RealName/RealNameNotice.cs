using CellCrm.Domain.Common;

namespace CellCrm.Domain.RealName;

/// <summary>A notice shown to the WeChat user in the portal (e.g. the result of a manual review).</summary>
public class RealNameNotice : Entity, IUnaudited
{
    public const int TitleMaxLength = 100;
    public const int BodyMaxLength = 500;

    private RealNameNotice()
    {
        OpenId = "";
        Title = "";
        Body = "";
    }

    public RealNameNotice(string openId, string title, string body, DateTimeOffset at)
    {
        OpenId = openId;
        Title = title.Length > TitleMaxLength ? title[..TitleMaxLength] : title;
        Body = body.Length > BodyMaxLength ? body[..BodyMaxLength] : body;
        CreatedAt = at;
    }

    public string OpenId { get; private set; }

    public string Title { get; private set; }

    public string Body { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ReadAt { get; private set; }

    public void MarkRead(DateTimeOffset at) => ReadAt ??= at;
}
