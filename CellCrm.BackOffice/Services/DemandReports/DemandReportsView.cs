using CellCrm.Domain.Files;

namespace CellCrm.BackOffice.Services.DemandReports;

/// <summary>The 体检报告 section of the demand list page.</summary>
public sealed record DemandReportsView(
    Guid ListId,
    int Version,
    bool Open,
    bool Editable,
    DateTimeOffset? CompletedAt,
    ReportRight Right,
    long MaxBytes,
    IReadOnlyList<StoredFile> Files);
