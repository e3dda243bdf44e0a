namespace CellCrm.Portal.Services.Tasks;

/// <summary>The home page's 待办 (pending) and 已办 (done or cancelled) lists.</summary>
public sealed record PortalTaskLists(IReadOnlyList<PortalTaskItem> Pending, IReadOnlyList<PortalTaskItem> Finished, int UnreadMessages);
