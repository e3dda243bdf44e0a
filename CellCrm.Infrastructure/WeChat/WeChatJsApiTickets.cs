using Microsoft.Extensions.Options;

namespace CellCrm.Infrastructure.WeChat;

/// <summary>The JS-SDK jsapi_ticket, cached and shared like the access_token.</summary>
public sealed class WeChatJsApiTickets(WeChatApiClient api, WeChatAccessTokens tokens, SharedCredentialCache credentials, IOptions<WeChatOptions> options)
{
    private string Key => "wechat:jsapi-ticket:" + options.Value.AppId;

    public Task<string> GetAsync(CancellationToken ct) => credentials.GetAsync(Key, FetchAsync, ct);

    private async Task<(string, int)> FetchAsync(bool force, CancellationToken ct)
    {
        var response = await tokens.CallAsync(api.GetJsApiTicketAsync, ct);
        if (response.ErrCode != WeChatErrorCodes.Ok || string.IsNullOrEmpty(response.Ticket))
        {
            throw new WeChatApiException(response.ErrCode, response.ErrMsg);
        }

        return (response.Ticket, response.ExpiresIn);
    }
}
