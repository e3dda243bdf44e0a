using CellCrm.Domain.Customers;
using CellCrm.Domain.RealName;
using CellCrm.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Pages.RealName;

/// <summary>实名审核 queue: manual reviews with the 24-hour deadline counting down, overdue first.</summary>
[Authorize(Policy = RealNameReviewSetup.Policy)]
public class IndexModel(CellCrmDbContext db, TimeProvider clock) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public RealNameStatus? Status { get; set; } = RealNameStatus.Pending;

    [BindProperty(SupportsGet = true)]
    public bool OverdueOnly { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Name { get; set; }

    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public DateTimeOffset Now { get; private set; }

    public IReadOnlyList<Row> Items { get; private set; } = [];

    public bool HasNext { get; private set; }

    public int OverdueCount { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Now = clock.GetUtcNow();
        PageNumber = Math.Max(1, PageNumber);
        var query = db.RealNameVerifications.AsNoTracking().AsQueryable();
        if (Status is { } status)
        {
            query = query.Where(v => v.Status == status);
        }

        if (OverdueOnly)
        {
            query = query.Where(v => v.Status == RealNameStatus.Pending && v.Deadline < Now);
        }

        if (!string.IsNullOrWhiteSpace(Name))
        {
            var name = Name.Trim();
            query = query.Where(v => v.Name.Contains(name));
        }

        // Pending reviews by deadline (the most urgent first); decided ones newest first.
        query = Status == RealNameStatus.Pending || OverdueOnly ? query.OrderBy(v => v.Deadline) : query.OrderByDescending(v => v.SubmittedAt);
        var rows = await query.Skip((PageNumber - 1) * PageSize).Take(PageSize + 1)
            .Select(v => new Row(v.Id, v.Name, v.IdType, v.Method, v.Status, v.SubmittedAt, v.Deadline, v.ReviewReason, v.ReviewerName))
            .ToListAsync(ct);
        HasNext = rows.Count > PageSize;
        Items = rows.Take(PageSize).ToList();
        OverdueCount = await db.RealNameVerifications.CountAsync(v => v.Status == RealNameStatus.Pending && v.Deadline < Now, ct);
    }

    /// <summary>"剩余 5小时12分" or "已超时 2小时3分".</summary>
    public static string Countdown(DateTimeOffset deadline, DateTimeOffset now)
    {
        var left = deadline - now;
        var span = left.Duration();
        var text = span.TotalHours >= 1 ? $"{(int)span.TotalHours}小时{span.Minutes}分" : $"{Math.Max(span.Minutes, 1)}分钟";
        return left >= TimeSpan.Zero ? "剩余 " + text : "已超时 " + text;
    }

    public sealed record Row(Guid Id, string Name, IdDocumentType IdType, RealNameMethod Method, RealNameStatus Status,
        DateTimeOffset SubmittedAt, DateTimeOffset Deadline, string? ReviewReason, string? ReviewerName);
}
