namespace CellCrm.BackOffice.Services.Approvals;

public sealed record InboxCounts(int Todo, int Snoozed, int UnreadNotifications);
