using CellCrm.Domain.Common;
using CellCrm.Infrastructure.Files;
using CellCrm.Infrastructure.Health;
using CellCrm.Portal.Identity;
using CellCrm.Portal.Services.Demands;
using Microsoft.AspNetCore.Antiforgery;

namespace CellCrm.Portal.Demands;

/// <summary>POST /Demands/{id}/Reports/Upload: one report per request, streamed from the multipart body (the page's
/// script sends the files one after another and shows the progress). The antiforgery token comes in the
/// RequestVerificationToken header, so validating it never reads (and buffers) the body. Answers JSON for the script.</summary>
public static class ReportUploadEndpoint
{
    public const string TokenHeader = "RequestVerificationToken";

    public static void MapReportUpload(this IEndpointRouteBuilder app) =>
        app.MapPost("/Demands/{id:guid}/Reports/Upload", UploadAsync).DisableAntiforgery();

    private static async Task<IResult> UploadAsync(Guid id, HttpContext http, IAntiforgery antiforgery, ICurrentCustomer me,
        PortalDemands demands, DemandReportService reports, ILoggerFactory logs, CancellationToken ct)
    {
        // Without the header, antiforgery would look for the token in the form, reading the whole body first.
        if (!http.Request.Headers.ContainsKey(TokenHeader) || !await antiforgery.IsRequestValidAsync(http))
        {
            return Refused(StatusCodes.Status400BadRequest, "页面已过期，请刷新后重新上传");
        }

        if (me.CustomerId is not { } customerId)
        {
            return Refused(StatusCodes.Status403Forbidden, "请先完成实名认证");
        }

        if (await demands.FindAsRecipientAsync(customerId, id, ct) is not { } demand)
        {
            logs.CreateLogger(typeof(ReportUploadEndpoint)).LogWarning("Portal customer {CustomerId} tried to upload a report to demand list {DemandListId}, which is not theirs", customerId, id);
            return Refused(StatusCodes.Status404NotFound, "需求清单不存在");
        }

        try
        {
            var result = await reports.UploadAsync(id, http.Request, new Uploader(customerId, demand.RecipientName), ct);
            return result.File is { } file
                ? Results.Json(new UploadedReport(file.Id, file.OriginalName, file.Size, FileKinds.Of(file.Type), $"/Files/{file.Id}"))
                : Refused(StatusCodes.Status400BadRequest, result.Error!);
        }
        catch (DomainException e)
        {
            return Refused(StatusCodes.Status400BadRequest, e.Message);
        }
    }

    private static IResult Refused(int status, string error) => Results.Json(new { error }, statusCode: status);
}
