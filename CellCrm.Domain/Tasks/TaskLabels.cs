using CellCrm.Domain.Messaging;

namespace CellCrm.Domain.Tasks;

/// <summary>What staff and customers read for the task enums, and which template message announces each type.</summary>
public static class TaskLabels
{
    public static string Of(CustomerTaskType type) => type switch
    {
        CustomerTaskType.RealNameVerification => "实名认证",
        CustomerTaskType.ExamChecklist => "体检清单",
        CustomerTaskType.HealthSurvey => "健康调查",
        CustomerTaskType.ReportUpload => "报告上传",
        CustomerTaskType.ContractSigning => "合同签署",
        CustomerTaskType.HandoverSigning => "交接表签署",
        CustomerTaskType.Payment => "缴费",
        CustomerTaskType.Reminder => "提醒",
        CustomerTaskType.RefundAccount => "退款账户",
    };

    public static string Of(CustomerTaskState state) => state switch
    {
        CustomerTaskState.Pending => "待处理",
        CustomerTaskState.Done => "已完成",
        CustomerTaskState.Cancelled => "已取消",
    };

    /// <summary>SPEC §2.3: 体检提醒 for the exam checklist, 服务进度提醒 for questionnaires and uploads, 签约提醒 for
    /// documents to sign, 缴费通知 for payments.</summary>
    public static string TemplateFor(CustomerTaskType type) => type switch
    {
        CustomerTaskType.ExamChecklist => TemplateKeys.ExamReminder,
        CustomerTaskType.RealNameVerification or CustomerTaskType.HealthSurvey or CustomerTaskType.ReportUpload
            or CustomerTaskType.Reminder or CustomerTaskType.RefundAccount => TemplateKeys.ServiceProgress,
        CustomerTaskType.ContractSigning or CustomerTaskType.HandoverSigning => TemplateKeys.SigningReminder,
        CustomerTaskType.Payment => TemplateKeys.PaymentNotice,
    };

    /// <summary>Signing needs a real-name verified customer (SPEC §2.2, §6.4).</summary>
    public static bool NeedsRealName(CustomerTaskType type) =>
        type is CustomerTaskType.ContractSigning or CustomerTaskType.HandoverSigning;
}
