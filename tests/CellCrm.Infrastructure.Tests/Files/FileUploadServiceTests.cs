using System.Security.Cryptography;
using System.Text;
using CellCrm.Domain.Common;
using CellCrm.Domain.Files;
using CellCrm.Infrastructure.Files;
using CellCrm.Infrastructure.Persistence;
using CellCrm.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CellCrm.Infrastructure.Tests.Files;

/// <summary>Uploads through the service the apps register, on real MariaDB: what is kept, what is refused, and
/// that a refusal leaves neither a record nor a file.</summary>
public class FileUploadServiceTests(FilesAppFactory app) : IClassFixture<FilesAppFactory>, IAsyncLifetime
{
    private static readonly FileOwner Owner = new("DemandList", Guid.CreateVersion7());
    private static readonly Uploader Customer = new(Guid.CreateVersion7(), "张三丰");

    public async ValueTask InitializeAsync()
    {
        await app.ResetAsync();
        foreach (var path in app.StoredPaths())
        {
            File.Delete(path);
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Upload_Pdf_IsStoredWithDetectedTypeHashAndSanitizedName_AndAudited()
    {
        var bytes = Encoding.ASCII.GetBytes("%PDF-1.7\n" + new string('x', 5000));

        var result = await UploadAsync(new MemoryStream(bytes), "../../体检报告.exe");

        Assert.True(result.Succeeded, result.Error);
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CellCrmDbContext>();
            var file = await db.StoredFiles.SingleAsync();
            Assert.Equal("体检报告.pdf", file.OriginalName);
            Assert.Equal("application/pdf", file.ContentType);
            Assert.Equal(DetectedFileType.Pdf, file.Type);
            Assert.Equal(bytes.Length, file.Size);
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), file.Sha256Hex);
            Assert.True(file.BelongsTo(Owner));
            Assert.Equal("张三丰", file.UploadedByName);
            Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityId == file.Id && a.Action == AuditAction.Created));

            await using var stored = await sp.GetRequiredService<IFileStore>().OpenReadAsync(file.Key, CancellationToken.None);
            var copy = new MemoryStream();
            await stored.CopyToAsync(copy);
            Assert.Equal(bytes, copy.ToArray());
        });
        var path = Assert.Single(app.StoredPaths());
        Assert.DoesNotContain("体检报告", path);
        Assert.StartsWith(app.FilesRoot, path);
    }

    [Fact]
    public async Task Upload_ExecutableRenamedPdf_IsRefused_AndNothingIsKept()
    {
        var exe = "MZ\x90\0\x03\0\0\0\x04\0\0\0\xFF\xFF\0\0This program cannot be run in DOS mode."u8.ToArray();

        var result = await UploadAsync(new MemoryStream(exe), "体检报告.pdf");

        Assert.False(result.Succeeded);
        Assert.Equal("不支持的文件类型：只能上传 JPG、PNG、HEIC 图片或 PDF 文件", result.Error);
        await AssertNothingKeptAsync();
    }

    [Fact]
    public async Task Upload_EmptyFile_IsRefused_AndNothingIsKept()
    {
        var result = await UploadAsync(new MemoryStream(), "空.pdf");

        Assert.Equal("文件是空的，请重新选择", result.Error);
        await AssertNothingKeptAsync();
    }

    [Fact]
    public async Task Upload_SameBytesTwiceForTheSameOwner_ReturnsTheFirstRecord_AndKeepsOneFile()
    {
        var png = SignaturePngs.Stroke(50, 20);

        var first = await UploadAsync(new MemoryStream(png), "a.png");
        var second = await UploadAsync(new MemoryStream(png), "a (1).png");

        Assert.Equal(first.File!.Id, second.File!.Id);
        Assert.Single(app.StoredPaths());
        Assert.Equal(1, await app.WithScopeAsync(sp => sp.GetRequiredService<CellCrmDbContext>().StoredFiles.CountAsync()));
    }

    [Fact]
    public async Task Upload_SameBytesTwiceAtOnce_KeepsOneRecordAndOneFile()
    {
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n" + new string('y', 200_000));

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => UploadAsync(new MemoryStream(pdf), "报告.pdf"))));

        Assert.All(results, r => Assert.True(r.Succeeded, r.Error));
        Assert.Single(results.Select(r => r.File!.Id).Distinct());
        Assert.Single(app.StoredPaths());
        Assert.Equal(1, await app.WithScopeAsync(sp => sp.GetRequiredService<CellCrmDbContext>().StoredFiles.CountAsync()));
    }

    [Fact]
    public async Task UploadFromRequest_101MegabyteMultipart_IsRefusedWhileStreaming_AndNothingIsKept()
    {
        const string boundary = "----cellcrm-test-boundary";
        var head = Encoding.UTF8.GetBytes($"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"报告.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7\n");
        var tail = Encoding.ASCII.GetBytes($"\r\n--{boundary}--\r\n");
        var body = new GeneratedStream(head, 101L * 1024 * 1024, tail);
        var context = new DefaultHttpContext();
        context.Request.ContentType = $"multipart/form-data; boundary={boundary}";
        context.Request.Body = body;

        var result = await app.WithScopeAsync(sp => sp.GetRequiredService<FileUploadService>()
            .UploadFromRequestAsync(context.Request, Owner, Customer, FileUploadService.ReportTypes, CancellationToken.None));

        Assert.False(result.Succeeded);
        Assert.Equal("文件超过 100 MB 的上限，请压缩后或分开上传", result.Error);
        Assert.True(body.BytesRead < 101L * 1024 * 1024, $"read {body.BytesRead} bytes");
        await AssertNothingKeptAsync();
    }

    [Fact]
    public async Task UploadFromRequest_MultipartPng_IsStored()
    {
        const string boundary = "b0undary";
        var png = SignaturePngs.Stroke(40, 40);
        var body = new MemoryStream();
        body.Write(Encoding.UTF8.GetBytes($"--{boundary}\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\n备注\r\n"));
        body.Write(Encoding.UTF8.GetBytes($"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"签名.png\"\r\nContent-Type: image/png\r\n\r\n"));
        body.Write(png);
        body.Write(Encoding.ASCII.GetBytes($"\r\n--{boundary}--\r\n"));
        body.Position = 0;
        var context = new DefaultHttpContext();
        context.Request.ContentType = $"multipart/form-data; boundary=\"{boundary}\"";
        context.Request.Body = body;

        var result = await app.WithScopeAsync(sp => sp.GetRequiredService<FileUploadService>()
            .UploadFromRequestAsync(context.Request, Owner, Customer, FileUploadService.ReportTypes, CancellationToken.None));

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal("签名.png", result.File!.OriginalName);
        Assert.Equal(png.Length, result.File.Size);
    }

    private Task<UploadResult> UploadAsync(Stream content, string name) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<FileUploadService>()
            .UploadAsync(content, name, Owner, Customer, FileUploadService.ReportTypes, CancellationToken.None));

    private async Task AssertNothingKeptAsync()
    {
        Assert.Empty(app.StoredPaths());
        Assert.Equal(0, await app.WithScopeAsync(sp => sp.GetRequiredService<CellCrmDbContext>().StoredFiles.CountAsync()));
    }
}
