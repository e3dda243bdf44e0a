using System.Net;
using System.Net.Http.Headers;
using CellCrm.Testing;

namespace CellCrm.Portal.Tests.RealName;

/// <summary>Steps of the portal's real-name flow as a browser performs them.</summary>
public static class RealNamePortal
{
    public static readonly string ZhangIdNumber = CellCrm.Portal.Identity.SandboxWeChatUsers.All[0].IdNumber!;
    public static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xFF, 0xD9];
    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52];

    public static KeyValuePair<string, string>[] Applicant(string name, string idNumber, string mobile, string? code = null) =>
    [
        new("Input.Name", name), new("Input.IdType", "MainlandIdCard"), new("Input.IdNumber", idNumber),
        new("Input.Mobile", mobile), new("Input.SmsCode", code ?? ""),
    ];

    public static Task<HttpResponseMessage> SendCodeAsync(this HttpClient client, string mobile) =>
        client.SubmitAsync("/RealName", [new("Input.Mobile", mobile)], "/RealName?handler=SendCode");

    /// <summary>Fills step 1 with a fresh SMS code and arrives at the method choice.</summary>
    public static async Task VerifyMobileAsync(this HttpClient client, RealNameApps apps, string name, string idNumber, string mobile)
    {
        var sent = await client.SendCodeAsync(mobile);
        Assert.Contains("验证码已发送", await sent.Content.ReadAsStringAsync());
        var code = await apps.LastSmsCodeAsync(mobile);
        var next = await client.SubmitAsync("/RealName", Applicant(name, idNumber, mobile, code));
        Assert.True(next.StatusCode == HttpStatusCode.Redirect, Forms.VisibleText(await next.Content.ReadAsStringAsync()));
        Assert.Equal("/RealName/Method", next.Headers.Location!.ToString());
    }

    /// <summary>Starts the face check, answers it on the sandbox provider page, and returns the FaceReturn response.</summary>
    public static async Task<HttpResponseMessage> FaceCheckAsync(this HttpClient client, bool pass)
    {
        var begin = await client.SubmitAsync("/RealName/Method", [], "/RealName/Method?handler=Face");
        Assert.Equal(HttpStatusCode.Redirect, begin.StatusCode);
        var providerPage = begin.Headers.Location!.ToString();
        Assert.StartsWith("/Sandbox/Face?requestId=", providerPage);
        var decided = await client.SubmitAsync(providerPage, [new("passed", pass ? "true" : "false")]);
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        return await client.GetAsync(new Uri(decided.Headers.Location!.ToString()).PathAndQuery);
    }

    public static async Task<HttpResponseMessage> UploadPhotosAsync(this HttpClient client, byte[] front, byte[] back, string frontName = "front.jpg", string? token = null)
    {
        if (token is null)
        {
            var page = await client.GetAsync("/RealName/Manual");
            token = Forms.AntiforgeryToken(await page.Content.ReadAsStringAsync());
        }

        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { File(front), "FrontPhoto", frontName },
            { File(back), "BackPhoto", "back.jpg" },
        };
        return await client.PostAsync("/RealName/Manual", form);
    }

    public static async Task<string> TextAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Forms.VisibleText(await response.Content.ReadAsStringAsync());
    }

    private static ByteArrayContent File(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        return content;
    }
}
