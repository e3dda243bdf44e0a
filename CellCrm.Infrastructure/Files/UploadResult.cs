using CellCrm.Domain.Files;

namespace CellCrm.Infrastructure.Files;

/// <summary>The outcome of one upload: the stored file, or a message in Chinese for the user (nothing was kept).</summary>
public sealed record UploadResult(StoredFile? File, string? Error)
{
    public bool Succeeded => File is not null;

    public static UploadResult Refused(string error) => new(null, error);
}
