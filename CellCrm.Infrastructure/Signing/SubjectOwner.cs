namespace CellCrm.Infrastructure.Signing;

/// <summary>Who is told when a subject's document is signed, and the back-office page the notification links to.</summary>
public sealed record SubjectOwner(Guid StaffId, string BackOfficePath);
