namespace CellCrm.BackOffice.Services;

public sealed record FamilyMemberLink(Guid Id, string Name, string Mobile);
