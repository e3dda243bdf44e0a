namespace CellCrm.Infrastructure.WeChat;

/// <summary>WeChat answered with an <c>errcode</c> where CellCrm needs a value (token, ticket).</summary>
public sealed class WeChatApiException(int errorCode, string? errorMessage)
    : Exception($"WeChat errcode {errorCode}: {errorMessage}")
{
    public int ErrorCode { get; } = errorCode;
}
