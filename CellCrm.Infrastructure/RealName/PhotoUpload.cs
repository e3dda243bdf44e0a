namespace CellCrm.Infrastructure.RealName;

/// <summary>One uploaded ID photo: <see cref="Open"/> may be called more than once (the type is read from the
/// first bytes before the file is stored).</summary>
public sealed record PhotoUpload(Func<Stream> Open, long Length);
