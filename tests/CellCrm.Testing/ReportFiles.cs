using System.Net.Http.Headers;
using System.Text;

namespace CellCrm.Testing;

/// <summary>Sample report files (the first bytes decide their type) and the upload the pages' scripts make (portal and
/// back office): multipart, the page's antiforgery token in the RequestVerificationToken header.</summary>
public static class ReportFiles
{
    public static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0xFF, 0xD9];

    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x01];

    /// <summary>An ISO-BMFF "ftyp" box with the major brand heic, as iPhones and WeChat deliver photos.</summary>
    public static readonly byte[] Heic = [0x00, 0x00, 0x00, 0x18, .. "ftypheic"u8, 0x00, 0x00, 0x00, 0x00, .. "mif1heic"u8, 0x00, 0x00, 0x00, 0x08, .. "mdat"u8];

    public static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

    /// <summary>A Windows executable (MZ header) renamed .pdf.</summary>
    public static readonly byte[] Exe = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0x00, 0x00];

    public static async Task<string> TokenAsync(this HttpClient client, string pageUrl) => Forms.AntiforgeryToken(await client.GetStringAsync(pageUrl));

    public static Task<HttpResponseMessage> UploadAsync(this HttpClient client, string uploadUrl, string token, string fileName, byte[] content) =>
        client.UploadAsync(uploadUrl, token, fileName, new ByteArrayContent(content));

    public static async Task<HttpResponseMessage> UploadAsync(this HttpClient client, string uploadUrl, string token, string fileName, HttpContent file)
    {
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        var form = new MultipartFormDataContent { { file, "file", fileName } };
        using var request = new HttpRequestMessage(HttpMethod.Post, uploadUrl) { Content = form };
        request.Headers.Add("RequestVerificationToken", token);
        return await client.SendAsync(request);
    }
}
