using System.Security.Cryptography;
using CellCrm.Domain.Files;
using CellCrm.Infrastructure.Files;
using CellCrm.Testing;

namespace CellCrm.Infrastructure.Tests.Files;

public sealed class LocalDiskFileStoreTests : IDisposable
{
    private const long Limit = 100L * 1024 * 1024;
    private readonly string _root = Directory.CreateTempSubdirectory("cellcrm-files-").FullName;
    private readonly LocalDiskFileStore _store;

    public LocalDiskFileStoreTests()
    {
        _store = new LocalDiskFileStore(_root, TimeProvider.System);
    }

    [Fact]
    public async Task Save_ThenOpen_ReturnsTheSameBytesUnderAGeneratedKey()
    {
        var bytes = RandomNumberGenerator.GetBytes(300_000);

        var saved = await _store.SaveAsync(new MemoryStream(bytes), Limit, TestContext.Current.CancellationToken);

        Assert.Matches("^[0-9]{4}/[0-9]{2}/[0-9a-f]{32}$", saved.Key);
        Assert.Equal(bytes.Length, saved.Length);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), saved.Sha256Hex);
        await using var read = await _store.OpenReadAsync(saved.Key, TestContext.Current.CancellationToken);
        var copy = new MemoryStream();
        await read.CopyToAsync(copy, TestContext.Current.CancellationToken);
        Assert.Equal(bytes, copy.ToArray());
        Assert.True(await _store.ExistsAsync(saved.Key, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Save_101MegabytesWithA100MegabyteLimit_IsRefusedWhileStreaming_AndLeavesNothing()
    {
        var upload = new GeneratedStream("%PDF-1.7\n"u8.ToArray(), 101L * 1024 * 1024, []);

        var error = await Assert.ThrowsAsync<FileTooLargeException>(() => _store.SaveAsync(upload, Limit, TestContext.Current.CancellationToken));

        Assert.Equal("文件超过 100 MB 的上限", error.Message);
        // Reading stopped one buffer past the limit: the rest of the upload was never pulled.
        Assert.InRange(upload.BytesRead, Limit + 1, Limit + 81920);
        Assert.Empty(Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Save_Cancelled_LeavesNothing()
    {
        using var cancel = new CancellationTokenSource();
        var upload = new CancellingStream(cancel, after: 200_000);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _store.SaveAsync(upload, Limit, cancel.Token));

        Assert.Empty(Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Delete_RemovesTheFile()
    {
        var saved = await _store.SaveAsync(new MemoryStream("%PDF-1.4"u8.ToArray()), Limit, TestContext.Current.CancellationToken);

        await _store.DeleteAsync(saved.Key, TestContext.Current.CancellationToken);

        Assert.False(await _store.ExistsAsync(saved.Key, TestContext.Current.CancellationToken));
        await Assert.ThrowsAsync<FileNotFoundException>(() => _store.OpenReadAsync(saved.Key, TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("../../../etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("2026/11/../../../etc/passwd")]
    [InlineData("2026/11/0123456789abcdef0123456789abcdef/../x")]
    [InlineData("体检报告.pdf")]
    public async Task KeysThatAreNotGenerated_AreRefused(string key)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => _store.OpenReadAsync(key, TestContext.Current.CancellationToken));
        await Assert.ThrowsAsync<ArgumentException>(() => _store.DeleteAsync(key, TestContext.Current.CancellationToken));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    /// <summary>Cancels its token once <paramref name="after"/> bytes were read, like a client that goes away.</summary>
    private sealed class CancellingStream(CancellationTokenSource cancel, int after) : Stream
    {
        private long _read;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_read >= after)
            {
                cancel.Cancel();
                cancel.Token.ThrowIfCancellationRequested();
            }

            _read += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
