using CellCrm.Domain.Common;
using CellCrm.Infrastructure.Files;
using CellCrm.Infrastructure.Health;
using Microsoft.AspNetCore.Antiforgery;

namespace CellCrm.BackOffice.Services.DemandReports;

/// <summary>POST /DemandLists/{id}/Reports/Upload: 代客户上传, one report per request, streamed from the multipart body
/// with the same checks as the portal. The antiforgery token comes in the RequestVerificationToken header (reading it
/// from the form would buffer the file). Answers JSON for the page's script.</summary>
public static class StaffReportUploadEndpoint
{
    public const string TokenHeader = "RequestVerificationToken";

    public static void MapStaffReportUpload(this IEndpointRouteBuilder app) =>
        app.MapPost("/DemandLists/{id:guid}/Reports/Upload", UploadAsync).DisableAntiforgery();

    private static async Task<IResult> UploadAsync(Guid id, HttpContext http, IAntiforgery antiforgery, ICurrentStaff staff,
        DemandReportAccess access, DemandReportService reports, CancellationToken ct)
    {
        if (!http.Request.Headers.ContainsKey(TokenHeader) || !await antiforgery.IsRequestValidAsync(http))
        {
            return Refused(StatusCodes.Status400BadRequest, "页面已过期，请刷新后重新上传");
        }

        switch (await access.CheckAsync(id, ct))
        {
            case ReportRight.NotFound:
                return Refused(StatusCodes.Status404NotFound, "需求清单不存在");
            case ReportRight.Denied:
            case ReportRight.View:
                return Refused(StatusCodes.Status403Forbidden, "您没有为该需求清单上传报告的权限");
            case ReportRight.Manage:
                break;
        }

        try
        {
            var result = await reports.UploadAsync(id, http.Request, new Uploader(staff.Id, staff.Name), ct);
            return result.File is { } file
                ? Results.Json(new { id = file.Id, name = file.OriginalName, size = file.Size, url = $"/Files/{file.Id}" })
                : Refused(StatusCodes.Status400BadRequest, result.Error!);
        }
        catch (DomainException e)
        {
            return Refused(StatusCodes.Status400BadRequest, e.Message);
        }
    }

    private static IResult Refused(int status, string error) => Results.Json(new { error }, statusCode: status);
}
