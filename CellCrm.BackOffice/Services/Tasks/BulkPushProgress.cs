namespace CellCrm.BackOffice.Services.Tasks;

/// <summary>What the progress page polls.</summary>
public sealed record BulkPushProgress(string State, int Total, int Pushed, int Skipped, int Percent, bool Finished);
