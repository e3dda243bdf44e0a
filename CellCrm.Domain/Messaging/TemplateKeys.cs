namespace CellCrm.Domain.Messaging;

/// <summary>The template message keys the outbox uses; configuration maps each to a WeChat template id and fields.</summary>
public static class TemplateKeys
{
    public const string ExamReminder = "ExamReminder";
    public const string ServiceProgress = "ServiceProgress";
    public const string SigningReminder = "SigningReminder";
    public const string PaymentNotice = "PaymentNotice";

    /// <summary>实名审核结果.</summary>
    public const string IdentityReviewResult = "IdentityReviewResult";
}
