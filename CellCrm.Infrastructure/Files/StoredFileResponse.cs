using CellCrm.Domain.Files;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace CellCrm.Infrastructure.Files;

/// <summary>Sends a stored file to a viewer the caller has already checked: the content type recorded from the
/// bytes at upload (never the name), the sanitized name in <c>Content-Disposition</c>, no sniffing, no shared caching.</summary>
public static class StoredFileResponse
{
    public static async Task<IResult> ServeAsync(HttpContext http, IFileStore store, StoredFile file, bool download, CancellationToken ct)
    {
        Stream content;
        try
        {
            content = await store.OpenReadAsync(file.Key, ct);
        }
        catch (FileNotFoundException)
        {
            return Results.NotFound();
        }

        var headers = http.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.CacheControl = "private, no-store";
        var disposition = new ContentDispositionHeaderValue(download ? "attachment" : "inline");
        // filename= gets an ASCII fallback and filename*= the UTF-8 name (RFC 6266); the name was sanitized at upload
        // and is sanitized again here in case the record predates that.
        disposition.SetHttpFileName(FileNames.Sanitize(file.OriginalName, file.Type));
        headers.ContentDisposition = disposition.ToString();
        return Results.Stream(content, FileTypeDetector.ContentType(file.Type), enableRangeProcessing: false);
    }
}
