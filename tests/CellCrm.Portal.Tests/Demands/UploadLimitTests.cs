using System.Net;
using System.Text;
using System.Text.Json;
using CellCrm.Testing;
using Microsoft.EntityFrameworkCore;
using static CellCrm.Testing.Messaging.OutboxTestData;

namespace CellCrm.Portal.Tests.Demands;

/// <summary>The size limit is configuration (Files:MaxUploadBytes): here 64 KB, so a file just over it is refused
/// quickly; the 100 MB default is checked with a real 101 MB stream in <see cref="UploadStreamingTests"/>.</summary>
public class UploadLimitTests(SmallLimitReportApps apps) : IClassFixture<SmallLimitReportApps>, IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await apps.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Upload_OverTheConfiguredLimit_IsRefusedInChinese_AndNothingIsKept_AtTheLimitItIsStored()
    {
        var id = await apps.DemandListAsync(ZhangMobile);
        var zhang = await apps.CustomerBrowserAsync(ZhangMobile, "sandbox-openid-1");
        var token = await zhang.TokenAsync($"/Demands/{id}/Reports");
        var over = Pdf(SmallLimitReportApps.Limit + 1);

        var refused = await zhang.UploadAsync($"/Demands/{id}/Reports/Upload", token, "大文件.pdf", over);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("文件超过 0 MB 的上限，请压缩后或分开上传".Replace("0 MB", $"{SmallLimitReportApps.Limit / 1024 / 1024} MB"),
            JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString());
        Assert.Equal(0, await apps.DbAsync(db => db.StoredFiles.CountAsync()));
        Assert.Equal(0, apps.StoredFileCount());

        var atLimit = await zhang.UploadAsync($"/Demands/{id}/Reports/Upload", token, "刚好.pdf", Pdf(SmallLimitReportApps.Limit));
        Assert.Equal(HttpStatusCode.OK, atLimit.StatusCode);
        Assert.Equal(SmallLimitReportApps.Limit, await apps.DbAsync(db => db.StoredFiles.Select(f => f.Size).SingleAsync()));
    }

    private static byte[] Pdf(long length)
    {
        var bytes = new byte[length];
        Array.Fill(bytes, (byte)'A');
        Encoding.ASCII.GetBytes("%PDF-1.7\n").CopyTo(bytes, 0);
        return bytes;
    }
}
