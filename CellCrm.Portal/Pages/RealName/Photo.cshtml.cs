using CellCrm.Domain.Files;
using CellCrm.Infrastructure.Persistence;
using CellCrm.Infrastructure.RealName;
using CellCrm.Portal.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.Portal.Pages.RealName;

/// <summary>An ID photo of the visitor's own verification, streamed from the file store (never from wwwroot).</summary>
public class PhotoModel(CellCrmDbContext db, IFileStore files, ICurrentCustomer me, ILogger<PhotoModel> log) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, string side, CancellationToken ct)
    {
        if (await StatusModel.OwnAsync(db, me, id, log, ct) is not { } v)
        {
            return StatusCode(await db.RealNameVerifications.AnyAsync(x => x.Id == id, ct) ? 403 : 404);
        }

        var key = side switch { "front" => v.FrontPhotoKey, "back" => v.BackPhotoKey, _ => null };
        if (key is null)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "private, no-store";
        var (content, type) = await IdPhotos.OpenAsync(files, key, ct);
        return File(content, type);
    }
}
