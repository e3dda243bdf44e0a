namespace CellCrm.Domain.Files;

/// <summary>Whether a key is still held by the store (kept apart from <see cref="IFileStore"/>, whose shape is
/// shared with other areas). Every store implements both.</summary>
public interface IFileExistence
{
    Task<bool> ExistsAsync(string key, CancellationToken ct);
}
