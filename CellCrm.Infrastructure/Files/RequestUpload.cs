using CellCrm.Domain.Files;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace CellCrm.Infrastructure.Files;

/// <summary>Reads an upload straight from the request body (multipart/form-data, first file part) into
/// <see cref="FileUploadService"/>, without model binding: IFormFile would buffer the whole file first. Endpoints
/// using this need <c>[DisableFormValueModelBinding]</c>-style handling (no <c>Request.Form</c> access before).</summary>
public static class RequestUpload
{
    /// <summary>Multipart framing and the other fields allowed on top of the file itself.</summary>
    private const long FramingAllowance = 1024 * 1024;

    public static async Task<UploadResult> UploadFromRequestAsync(this FileUploadService uploads, HttpRequest request,
        FileOwner owner, Uploader uploader, IReadOnlySet<DetectedFileType> allowed, CancellationToken ct)
    {
        // Kestrel's default 30 MB request limit would cut a 100 MB report short; our own limit is enforced while
        // streaming, and the request limit stays just above it.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = uploads.MaxBytes + FramingAllowance;
        }

        if (request.ContentLength > uploads.MaxBytes + FramingAllowance)
        {
            return UploadResult.Refused(new FileTooLargeException(uploads.MaxBytes).Message + "，请压缩后或分开上传");
        }

        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            || !mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value is not { Length: > 0 } boundary)
        {
            return UploadResult.Refused("请选择要上传的文件");
        }

        var reader = new MultipartReader(boundary, request.Body);
        try
        {
            while (await reader.ReadNextSectionAsync(ct) is { } section)
            {
                if (ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                    && disposition.IsFileDisposition())
                {
                    var name = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value;
                    return await uploads.UploadAsync(section.Body, name, owner, uploader, allowed, ct);
                }
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return UploadResult.Refused(new FileTooLargeException(uploads.MaxBytes).Message + "，请压缩后或分开上传");
        }
        catch (IOException)
        {
            return UploadResult.Refused("上传中断，请重新上传");
        }

        return UploadResult.Refused("请选择要上传的文件");
    }
}
