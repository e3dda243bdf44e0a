namespace CellCrm.BackOffice.Services;

public sealed record FollowUpLine(DateTimeOffset At, string Type, string Content, DateTimeOffset? NextAt, string StaffName);
