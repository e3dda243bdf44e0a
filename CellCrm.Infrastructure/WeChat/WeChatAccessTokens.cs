using Microsoft.Extensions.Options;

namespace CellCrm.Infrastructure.WeChat;

/// <summary>The account's access_token (stable-token endpoint), shared by every node through
/// <see cref="SharedCredentialCache"/>.</summary>
public sealed class WeChatAccessTokens(WeChatApiClient api, SharedCredentialCache credentials, IOptions<WeChatOptions> options)
{
    private string Key => "wechat:access-token:" + options.Value.AppId;

    public Task<string> GetAsync(CancellationToken ct) => credentials.GetAsync(Key, FetchAsync, ct);

    /// <summary>After 40001/42001/40014 on <paramref name="refused"/>: a new token (once across nodes).</summary>
    public Task<string> ReplaceAsync(string refused, CancellationToken ct) => credentials.ReplaceAsync(Key, refused, FetchAsync, ct);

    /// <summary>Runs <paramref name="call"/> with the token; on a token error it replaces the token and runs it once
    /// more. Only for calls that WeChat refused without effect, which a token error guarantees.</summary>
    public async Task<T> CallAsync<T>(Func<string, CancellationToken, Task<T>> call, CancellationToken ct)
        where T : WeChatResponse
    {
        var token = await GetAsync(ct);
        var response = await call(token, ct);
        if (!WeChatErrorCodes.IsTokenError(response.ErrCode))
        {
            return response;
        }

        token = await ReplaceAsync(token, ct);
        return await call(token, ct);
    }

    private async Task<(string, int)> FetchAsync(bool force, CancellationToken ct)
    {
        var response = await api.GetStableTokenAsync(force, ct);
        if (response.ErrCode != WeChatErrorCodes.Ok || string.IsNullOrEmpty(response.AccessToken))
        {
            throw new WeChatApiException(response.ErrCode, response.ErrMsg);
        }

        return (response.AccessToken, response.ExpiresIn);
    }
}
