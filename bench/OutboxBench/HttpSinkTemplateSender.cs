using System.Net.Http.Json;
using CellCrm.Domain.Messaging;

namespace OutboxBench;

/// <summary>Sends each template message as an HTTP POST to the local sink, as the WeChat client would to WeChat.</summary>
public sealed class HttpSinkTemplateSender(HttpClient http) : ITemplateMessageSender
{
    public async Task<TemplateSendResult> SendAsync(TemplateMessage message, CancellationToken ct)
    {
        try
        {
            using var response = await http.PostAsJsonAsync("/cgi-bin/message/template/send", new { touser = message.OpenId, url = message.Url }, ct);
            return response.IsSuccessStatusCode
                ? new TemplateSendResult(TemplateSendOutcome.Sent, await response.Content.ReadAsStringAsync(ct), null)
                : new TemplateSendResult(TemplateSendOutcome.TransientFailure, null, $"HTTP {(int)response.StatusCode}");
        }
        catch (HttpRequestException e)
        {
            return new TemplateSendResult(TemplateSendOutcome.TransientFailure, null, e.Message);
        }
    }
}
