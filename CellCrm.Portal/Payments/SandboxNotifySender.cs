using System.Text;
using CellCrm.Infrastructure.WeChatPay.Sandbox;

namespace CellCrm.Portal.Payments;

/// <summary>Sandbox only: posts a notify built by <see cref="SandboxNotifyBuilder"/> to our own notify endpoint over
/// HTTP, as WeChat Pay would, so the sandbox payment goes through the same verification, decryption and crediting.</summary>
public sealed class SandboxNotifySender(IHttpClientFactory http)
{
    public const string ClientName = "sandbox-wechatpay-notify";

    /// <returns>The HTTP status our endpoint answered.</returns>
    public async Task<int> SendAsync(SandboxNotify notify, Uri portalBase, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(portalBase, PaymentNotifyEndpoint.Path))
        {
            Content = new StringContent(notify.Body, Encoding.UTF8, "application/json"),
        };
        foreach (var (name, value) in notify.Headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        using var response = await http.CreateClient(ClientName).SendAsync(request, ct);
        return (int)response.StatusCode;
    }
}
