namespace CellCrm.Testing;

/// <summary>A read-only stream of <c>prefix + length bytes + suffix</c> made on demand (nothing is held in memory),
/// counting how much the reader actually pulled.</summary>
public sealed class GeneratedStream(byte[] prefix, long length, byte[] suffix) : Stream
{
    private long _position;

    public long BytesRead => _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => prefix.Length + length + suffix.Length;

    public override long Position { get => _position; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var written = 0;
        while (written < buffer.Length && _position < Length)
        {
            var at = _position;
            if (at < prefix.Length)
            {
                buffer[written] = prefix[at];
            }
            else if (at < prefix.Length + length)
            {
                buffer[written] = (byte)'A';
            }
            else
            {
                buffer[written] = suffix[at - prefix.Length - length];
            }

            written++;
            _position++;
        }

        return written;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
