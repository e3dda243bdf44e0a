namespace CellCrm.BackOffice.Services;

/// <summary>One line of the customer list, personal numbers already masked.</summary>
public sealed record CustomerListRow(
    Guid Id,
    string Name,
    string Mobile,
    string IdNumber,
    string Gender,
    string SourceChannel,
    string? IntendedProduct,
    IReadOnlyList<string> Tags,
    string OwnerName,
    string DepartmentName,
    DateTimeOffset? LastFollowUpAt,
    DateTimeOffset? NextFollowUpAt,
    DateTimeOffset CreatedAt);
