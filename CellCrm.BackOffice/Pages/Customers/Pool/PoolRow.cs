namespace CellCrm.BackOffice.Pages.Customers.Pool;

public sealed record PoolRow(Guid Id, string Name, string MaskedMobile, string PreviousOwner, string PreviousDepartment, DateTimeOffset? ReleasedAt, bool ClaimPending);
