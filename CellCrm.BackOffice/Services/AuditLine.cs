namespace CellCrm.BackOffice.Services;

/// <summary>One line of 修改记录 as shown: when, who, what, and the field's old → new value.</summary>
public sealed record AuditLine(DateTimeOffset At, string Actor, string What, string Field, string? OldValue, string? NewValue);
