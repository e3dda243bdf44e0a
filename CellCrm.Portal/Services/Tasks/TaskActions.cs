using CellCrm.Domain.Health;
using CellCrm.Domain.Tasks;
using CellCrm.Infrastructure.Signing;

namespace CellCrm.Portal.Services.Tasks;

/// <summary>The portal page where a task is done, when it has one: for a demand list the questionnaire for 健康调查,
/// the checklist for 体检清单 (seed 000 §3.2: the push opens the checklist), the upload for 报告上传, the demand
/// detail otherwise.</summary>
public static class TaskActions
{
    public static string? PathFor(CustomerTask task) => (task.Type, task.SubjectType, task.SubjectId) switch
    {
        (CustomerTaskType.HealthSurvey, nameof(DemandList), { } id) => $"/Questionnaire/{id}",
        (CustomerTaskType.ExamChecklist, nameof(DemandList), { } id) => $"/Demands/{id}/Checklist",
        (CustomerTaskType.ReportUpload, nameof(DemandList), { } id) => $"/Demands/{id}/Reports",
        (_, nameof(DemandList), { } id) => $"/Demands/{id}",
        (CustomerTaskType.ContractSigning or CustomerTaskType.HandoverSigning, SigningFiles.OwnerType, { } id) => $"/Sign/{id}",
        (CustomerTaskType.RefundAccount, nameof(Domain.Refunds.RefundApplication), { } id) => $"/Refunds/{id}/Account",
        _ => null,
    };

    /// <summary>The button's words: 去填写 for a questionnaire, 去签署 for a document to sign, 去处理 for other pending
    /// tasks, 查看 once done.</summary>
    public static string Label(PortalTaskItem item) =>
        item.FinishedAt is not null ? "查看"
        : item.Type == TaskLabels.Of(CustomerTaskType.HealthSurvey) ? "去填写"
        : item.Type == TaskLabels.Of(CustomerTaskType.ContractSigning) || item.Type == TaskLabels.Of(CustomerTaskType.HandoverSigning) ? "去签署"
        : "去处理";
}
