namespace CellCrm.Domain.Approvals;

/// <summary>A staff member as an approval records them: id and name at the time.</summary>
public sealed record StaffRef(Guid Id, string Name);
