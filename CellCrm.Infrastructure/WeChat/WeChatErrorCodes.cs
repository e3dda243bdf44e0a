namespace CellCrm.Infrastructure.WeChat;

/// <summary>The <c>errcode</c> values CellCrm reacts to (WeChat answers HTTP 200 with <c>errcode</c> ≠ 0 on error).</summary>
public static class WeChatErrorCodes
{
    public const int Ok = 0;
    public const int SystemBusy = -1;
    public const int InvalidCredential = 40001;
    public const int InvalidOpenId = 40003;
    public const int InvalidAccessToken = 40014;
    public const int InvalidTemplateId = 40037;
    public const int InvalidCode = 40029;
    public const int CodeUsed = 40163;
    public const int AccessTokenExpired = 42001;
    public const int RequireSubscribe = 43004;
    public const int UserRefused = 43101;
    public const int FrequencyLimit = 45009;
    public const int DataFormatError = 47003;

    /// <summary>The access_token is no longer accepted (another node refreshed it, it expired): refresh once and
    /// retry once.</summary>
    public static bool IsTokenError(int code) => code is InvalidCredential or InvalidAccessToken or AccessTokenExpired;
}
