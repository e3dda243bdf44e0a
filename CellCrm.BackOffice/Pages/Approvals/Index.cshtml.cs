using CellCrm.BackOffice.Services;
using CellCrm.BackOffice.Services.Approvals;
using CellCrm.BackOffice.Services.DemandLists;
using CellCrm.Domain.Approvals;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Pages.Approvals;

public class IndexModel(ApprovalInbox inbox, PlanTodoQuery plans, ICurrentStaff staff) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public InboxTab Tab { get; set; }

    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public InboxCounts Counts { get; private set; } = new(0, 0, 0);

    public IReadOnlyList<ApprovalRequest> Items { get; private set; } = [];

    public bool HasNext { get; private set; }

    /// <summary>Demand lists whose plan loop waits for the viewer (on the 待我处理 tab).</summary>
    public IReadOnlyList<PlanTodoItem> PlanItems { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageNumber = Math.Max(1, PageNumber);
        Counts = await inbox.CountsAsync(staff.Id, ct);
        var rows = await inbox.Query(Tab, staff.Id)
            .Include(r => r.Steps)
            .OrderByDescending(r => r.SubmittedAt)
            .Skip((PageNumber - 1) * ApprovalInbox.PageSize).Take(ApprovalInbox.PageSize + 1)
            .AsSplitQuery()
            .ToListAsync(ct);
        HasNext = rows.Count > ApprovalInbox.PageSize;
        Items = rows.Take(ApprovalInbox.PageSize).ToList();
        PlanItems = Tab == InboxTab.Todo && PageNumber == 1 ? await plans.ListAsync(staff.Id, ct) : [];
    }

    public static string TabLabel(InboxTab tab) => tab switch
    {
        InboxTab.Todo => "待我处理",
        InboxTab.Snoozed => "暂不处理",
        InboxTab.Done => "我已处理",
        InboxTab.Mine => "我发起的",
    };
}
