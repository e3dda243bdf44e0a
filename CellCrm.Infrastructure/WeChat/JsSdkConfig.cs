namespace CellCrm.Infrastructure.WeChat;

/// <summary>What a page passes to <c>wx.config</c>; <see cref="Url"/> is the signed URL, for checking.</summary>
public sealed record JsSdkConfig(string AppId, long Timestamp, string NonceStr, string Signature, string Url);
