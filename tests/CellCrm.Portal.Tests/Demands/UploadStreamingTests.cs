using System.Net;
using System.Text;
using System.Text.Json;
using CellCrm.Testing;
using Microsoft.EntityFrameworkCore;
using static CellCrm.Testing.Messaging.OutboxTestData;

namespace CellCrm.Portal.Tests.Demands;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class UploadStreamingCollection
{
    public const string Name = "UploadStreaming";
}

/// <summary>A real 101 MB upload against the default 100 MB limit, generated on the fly: the portal reads it as a
/// stream and stops at the limit, without holding the file in memory. Runs alone so the allocation count is its own.</summary>
[Collection(UploadStreamingCollection.Name)]
public class UploadStreamingTests(ReportApps apps) : IClassFixture<ReportApps>, IAsyncLifetime
{
    private const long Megabyte = 1024 * 1024;

    public async ValueTask InitializeAsync() => await apps.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Upload_101Megabytes_IsRefusedWhileStreaming_WithoutBufferingIt_AndNothingIsKept()
    {
        var id = await apps.DemandListAsync(ZhangMobile);
        var zhang = await apps.CustomerBrowserAsync(ZhangMobile, "sandbox-openid-1");
        var token = await zhang.TokenAsync($"/Demands/{id}/Reports");
        var body = new GeneratedStream(Encoding.ASCII.GetBytes("%PDF-1.7\n"), 101 * Megabyte, []);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);

        var response = await zhang.UploadAsync($"/Demands/{id}/Reports/Upload", token, "体检报告.pdf", new StreamContent(body, 64 * 1024));

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("文件超过 100 MB 的上限，请压缩后或分开上传",
            JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString());
        // Buffering the body (IFormFile, a MemoryStream) would allocate at least the 100 MB that were read.
        Assert.True(allocated < 40 * Megabyte, $"allocated {allocated / Megabyte} MB while streaming");
        Assert.True(body.BytesRead < 101 * Megabyte, $"read {body.BytesRead} bytes");
        Assert.Equal(0, await apps.DbAsync(db => db.StoredFiles.CountAsync()));
        Assert.Equal(0, apps.StoredFileCount());
    }
}
