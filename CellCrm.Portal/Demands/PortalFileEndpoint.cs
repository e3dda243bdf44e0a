using CellCrm.Domain.Files;
using CellCrm.Domain.Health;
using CellCrm.Infrastructure.Files;
using CellCrm.Infrastructure.Persistence;
using CellCrm.Portal.Identity;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.Portal.Demands;

/// <summary>GET /Files/{id}: a stored file, only for the customer it belongs to (体检报告: the demand list's recipient).
/// Another customer's file answers 404, as an unknown one does; <c>?download=1</c> offers it as an attachment.</summary>
public static class PortalFileEndpoint
{
    public static void MapPortalFiles(this IEndpointRouteBuilder app) => app.MapGet("/Files/{id:guid}", ServeAsync);

    private static async Task<IResult> ServeAsync(Guid id, bool? download, HttpContext http, ICurrentCustomer me, CellCrmDbContext db,
        IFileStore store, ILoggerFactory logs, CancellationToken ct)
    {
        if (me.CustomerId is not { } customerId)
        {
            return Results.NotFound();
        }

        var file = await db.StoredFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, ct);
        if (file is null || !await IsViewerAsync(db, file, customerId, ct))
        {
            if (file is not null)
            {
                logs.CreateLogger(typeof(PortalFileEndpoint)).LogWarning("Portal customer {CustomerId} asked for file {FileId}, which is not theirs", customerId, id);
            }

            return Results.NotFound();
        }

        return await StoredFileResponse.ServeAsync(http, store, file, download == true, ct);
    }

    /// <summary>Owner types the portal serves, each with who may see it.</summary>
    private static Task<bool> IsViewerAsync(CellCrmDbContext db, StoredFile file, Guid customerId, CancellationToken ct) => file.OwnerType switch
    {
        DemandReports.OwnerType => db.DemandLists.AnyAsync(d => d.Id == file.OwnerId && d.RecipientId == customerId, ct),
        _ => Task.FromResult(false),
    };
}
