namespace CellCrm.BackOffice.Services;

public sealed record StaffChoice(Guid Id, string Name);
