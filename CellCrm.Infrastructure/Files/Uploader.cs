namespace CellCrm.Infrastructure.Files;

/// <summary>Who uploads: a staff member or a customer (id and display name), recorded on the stored file.</summary>
public sealed record Uploader(Guid? Id, string Name);
