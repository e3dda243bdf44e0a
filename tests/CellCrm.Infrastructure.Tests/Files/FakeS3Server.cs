using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CellCrm.Infrastructure.Tests.Files;

/// <summary>A path-style S3 endpoint on loopback that keeps objects in memory and checks what it receives: a signed
/// request (AWS4-HMAC-SHA256 for the configured access key) whose x-amz-content-sha256 matches the body.</summary>
public sealed class FakeS3Server : IAsyncDisposable
{
    public const string Bucket = "cellcrm-files";
    public const string AccessKey = "test-access-key";

    private readonly WebApplication _app;

    public FakeS3Server()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.Run(HandleAsync);
        _app.StartAsync().GetAwaiter().GetResult();
        Url = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    public string Url { get; }

    public ConcurrentDictionary<string, byte[]> Objects { get; } = new();

    public ConcurrentBag<string> Problems { get; } = new();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var prefix = "/" + Bucket + "/";
        if (!request.Path.Value!.StartsWith(prefix, StringComparison.Ordinal))
        {
            await ErrorAsync(context, 404, "NoSuchBucket");
            return;
        }

        if (!request.Headers.Authorization.ToString().StartsWith($"AWS4-HMAC-SHA256 Credential={AccessKey}/", StringComparison.Ordinal))
        {
            Problems.Add("unsigned or wrong key: " + request.Headers.Authorization);
            await ErrorAsync(context, 403, "AccessDenied");
            return;
        }

        var key = request.Path.Value[prefix.Length..];
        switch (request.Method)
        {
            case "PUT":
                using (var body = new MemoryStream())
                {
                    await request.Body.CopyToAsync(body);
                    var bytes = body.ToArray();
                    var claimed = request.Headers["x-amz-content-sha256"].ToString();
                    if (claimed != "UNSIGNED-PAYLOAD" && claimed != Convert.ToHexStringLower(SHA256.HashData(bytes)))
                    {
                        Problems.Add($"payload hash mismatch for {key}: {claimed}");
                        await ErrorAsync(context, 400, "XAmzContentSHA256Mismatch");
                        return;
                    }

                    Objects[key] = bytes;
                    context.Response.Headers.ETag = "\"" + Convert.ToHexStringLower(MD5.HashData(bytes)) + "\"";
                }

                return;
            case "GET" or "HEAD":
                if (!Objects.TryGetValue(key, out var stored))
                {
                    await ErrorAsync(context, 404, "NoSuchKey");
                    return;
                }

                context.Response.ContentLength = stored.Length;
                context.Response.ContentType = "application/octet-stream";
                if (request.Method == "GET")
                {
                    await context.Response.Body.WriteAsync(stored);
                }

                return;
            case "DELETE":
                Objects.TryRemove(key, out _);
                context.Response.StatusCode = 204;
                return;
            default:
                await ErrorAsync(context, 405, "MethodNotAllowed");
                return;
        }
    }

    private static async Task ErrorAsync(HttpContext context, int status, string code)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/xml";
        if (context.Request.Method != "HEAD")
        {
            await context.Response.WriteAsync($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>{code}</Code><Message>{code}</Message></Error>");
        }
    }
}
