namespace CellCrm.Domain.Tasks;

/// <summary>What the back office asks a customer to do in the portal (SPEC §2.3).</summary>
public enum CustomerTaskType
{
    RealNameVerification = 0,
    ExamChecklist = 1,
    HealthSurvey = 2,
    ReportUpload = 3,
    ContractSigning = 4,
    HandoverSigning = 5,
    Payment = 6,
    Reminder = 7,
    RefundAccount = 8,
}
