using CellCrm.BackOffice.Services.Tasks;
using CellCrm.Infrastructure.Messaging;
using CellCrm.Infrastructure.Messaging.Sandbox;
using CellCrm.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Pages.Sandbox;

/// <summary>沙箱消息: every template message and SMS the sandbox senders "sent", newest first, with its deep link.</summary>
[Authorize(Policy = TaskServices.SandboxPolicy)]
public class MessagesModel(CellCrmDbContext db, IConfiguration configuration) : PageModel
{
    private const int PageSize = 100;

    public IReadOnlyList<SandboxMessage> Messages { get; private set; } = [];

    public bool TemplateSandbox { get; private set; }

    public bool SmsSandbox { get; private set; }

    public int Total { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        TemplateSandbox = MessagingSetup.IsTemplateSandbox(configuration);
        SmsSandbox = MessagingSetup.IsSmsSandbox(configuration);
        Total = await db.SandboxMessages.CountAsync(ct);
        Messages = await db.SandboxMessages.AsNoTracking().OrderByDescending(m => m.SentAt).Take(PageSize).ToListAsync(ct);
    }
}
