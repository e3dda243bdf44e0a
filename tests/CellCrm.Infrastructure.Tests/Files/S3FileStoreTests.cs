using System.Security.Cryptography;
using CellCrm.Domain.Files;
using CellCrm.Infrastructure.Files;
using CellCrm.Testing;

namespace CellCrm.Infrastructure.Tests.Files;

/// <summary>The S3 store's real client against a loopback S3 endpoint that checks signatures and payload hashes.</summary>
public sealed class S3FileStoreTests : IAsyncLifetime
{
    private const long Limit = 100L * 1024 * 1024;
    private readonly FakeS3Server _server = new();
    private S3FileStore _store = null!;

    public ValueTask InitializeAsync()
    {
        _store = new S3FileStore(S3FileStore.CreateClient(new S3Options
        {
            ServiceUrl = _server.Url,
            Bucket = FakeS3Server.Bucket,
            AccessKey = FakeS3Server.AccessKey,
            SecretKey = "test-secret-key",
        }), FakeS3Server.Bucket, TimeProvider.System);
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task Save_Open_Exists_Delete_RoundTrip()
    {
        var bytes = RandomNumberGenerator.GetBytes(250_000);
        var ct = TestContext.Current.CancellationToken;

        var saved = await _store.SaveAsync(new MemoryStream(bytes), Limit, ct);

        Assert.Empty(_server.Problems);
        Assert.Equal(bytes, _server.Objects[saved.Key]);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), saved.Sha256Hex);
        await using (var read = await _store.OpenReadAsync(saved.Key, ct))
        {
            var copy = new MemoryStream();
            await read.CopyToAsync(copy, ct);
            Assert.Equal(bytes, copy.ToArray());
        }

        Assert.True(await _store.ExistsAsync(saved.Key, ct));
        await _store.DeleteAsync(saved.Key, ct);
        Assert.False(await _store.ExistsAsync(saved.Key, ct));
        await Assert.ThrowsAsync<FileNotFoundException>(() => _store.OpenReadAsync(saved.Key, ct));
    }

    [Fact]
    public async Task Save_OverTheLimit_IsRefusedBeforeAnythingReachesTheBucket()
    {
        var upload = new GeneratedStream("%PDF-1.7\n"u8.ToArray(), 3 * 1024 * 1024, []);

        await Assert.ThrowsAsync<FileTooLargeException>(() => _store.SaveAsync(upload, 2 * 1024 * 1024, TestContext.Current.CancellationToken));

        Assert.Empty(_server.Objects);
        Assert.InRange(upload.BytesRead, 2 * 1024 * 1024 + 1, 2 * 1024 * 1024 + 81920);
    }

    [Fact]
    public async Task KeysThatAreNotGenerated_AreRefused() =>
        await Assert.ThrowsAsync<ArgumentException>(() => _store.OpenReadAsync("../other-bucket/secret", TestContext.Current.CancellationToken));
}
