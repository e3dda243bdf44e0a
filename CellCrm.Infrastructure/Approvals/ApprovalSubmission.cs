using CellCrm.Domain.Approvals;

namespace CellCrm.Infrastructure.Approvals;

/// <summary>What a business object sends into approval.</summary>
public sealed record ApprovalSubmission(
    ApprovalBusinessType BusinessType,
    Guid SubjectId,
    string Title,
    StaffRef Submitter,
    Guid SubmitterDepartmentId,
    Guid? ContextDepartmentId = null,
    long? AmountFen = null,
    string? Comment = null);
