using CellCrm.Domain.Files;
using HealthReports = CellCrm.Domain.Health.DemandReports;
using CellCrm.Infrastructure.Files;
using CellCrm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Services.DemandReports;

/// <summary>GET /Files/{id}: a stored file for staff whose access covers what it belongs to (体检报告: the demand
/// list). Outside their scope it answers 403, unknown 404; <c>?download=1</c> offers it as an attachment.</summary>
public static class StaffFileEndpoint
{
    public static void MapStaffFiles(this IEndpointRouteBuilder app) => app.MapGet("/Files/{id:guid}", ServeAsync);

    private static async Task<IResult> ServeAsync(Guid id, bool? download, HttpContext http, CellCrmDbContext db, IFileStore store,
        DemandReportAccess reportAccess, ICurrentStaff staff, ILoggerFactory logs, CancellationToken ct)
    {
        var file = await db.StoredFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, ct);
        if (file is null)
        {
            return Results.NotFound();
        }

        var allowed = file.OwnerType switch
        {
            HealthReports.OwnerType => await reportAccess.CheckAsync(file.OwnerId, ct) is ReportRight.View or ReportRight.Manage,
            _ => false,
        };
        if (!allowed)
        {
            logs.CreateLogger(typeof(StaffFileEndpoint)).LogWarning("Staff {StaffId} asked for file {FileId} outside their access", staff.Id, id);
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        return await StoredFileResponse.ServeAsync(http, store, file, download == true, ct);
    }
}
