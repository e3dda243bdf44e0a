using CellCrm.Domain.Health;
using CellCrm.Domain.Tasks;

namespace CellCrm.Portal.Services.Demands;

/// <summary>Where a task about a demand list is done: the checklist for 体检清单 (seed 000 §3.2: the push opens the
/// checklist), the upload for 报告上传, the demand detail otherwise.</summary>
public static class DemandTaskLinks
{
    public static string? For(CustomerTask task) =>
        task.SubjectType == nameof(DemandList) && task.SubjectId is { } id
            ? task.Type switch
            {
                CustomerTaskType.ExamChecklist => $"/Demands/{id}/Checklist",
                CustomerTaskType.ReportUpload => $"/Demands/{id}/Reports",
                _ => $"/Demands/{id}",
            }
            : null;
}
