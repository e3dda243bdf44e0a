using CellCrm.Domain.RealName;
using CellCrm.Infrastructure.Persistence;
using CellCrm.Portal.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.Portal.Pages.RealName;

/// <summary>One of the visitor's own verifications: state, deadline, reason, photos.</summary>
public class StatusModel(CellCrmDbContext db, ICurrentCustomer me, ILogger<StatusModel> log) : PageModel
{
    public RealNameVerification Verification { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await OwnAsync(db, me, id, log, ct) is not { } verification)
        {
            return StatusCode(await db.RealNameVerifications.AnyAsync(v => v.Id == id, ct) ? 403 : 404);
        }

        Verification = verification;
        return Page();
    }

    /// <summary>The verification when it belongs to the signed-in WeChat user; another's is logged and refused.</summary>
    public static async Task<RealNameVerification?> OwnAsync(CellCrmDbContext db, ICurrentCustomer me, Guid id, ILogger log, CancellationToken ct)
    {
        var verification = await db.RealNameVerifications.AsNoTracking().FirstOrDefaultAsync(v => v.Id == id, ct);
        if (verification is not null && verification.OpenId != me.OpenId)
        {
            log.LogWarning("Portal user tried to open another user's real-name verification {Id}", id);
            return null;
        }

        return verification;
    }
}
