using System.Net;
using CellCrm.Domain.Common;
using CellCrm.Testing;

namespace CellCrm.Portal.Tests.RealName;

[Collection(RealNameCollection.Name)]
public class SmsCodeTests(RealNameApps apps) : IAsyncLifetime
{
    private const string Mobile = "13800138000";

    public async ValueTask InitializeAsync() => await apps.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task WrongCodeFiveTimes_LocksTheCode_EvenTheRightOneIsThenRefused()
    {
        var client = await apps.SignInAsync("sandbox-openid-1");
        await client.SendCodeAsync(Mobile);
        var code = await apps.LastSmsCodeAsync(Mobile);
        var wrong = code == "000000" ? "111111" : "000000";

        for (var i = 1; i <= 4; i++)
        {
            var text = await SubmitAsync(client, wrong);
            Assert.Contains($"验证码不正确，还可尝试{5 - i}次", text);
        }

        Assert.Contains("验证码错误次数过多", await SubmitAsync(client, wrong));
        Assert.Contains("验证码错误次数过多", await SubmitAsync(client, code));
    }

    [Fact]
    public async Task RightCode_LeadsToTheMethodChoice_AndIsUsedOnce()
    {
        var client = await apps.SignInAsync("sandbox-openid-1");
        await client.SendCodeAsync(Mobile);
        var code = await apps.LastSmsCodeAsync(Mobile);

        var next = await client.SubmitAsync("/RealName", RealNamePortal.Applicant("张晓梅", RealNamePortal.ZhangIdNumber, Mobile, code));
        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
        Assert.Contains("请先获取短信验证码", await SubmitAsync(client, code));
    }

    [Fact]
    public async Task Code_ExpiresAfterFiveMinutes()
    {
        var client = await apps.SignInAsync("sandbox-openid-1");
        await client.SendCodeAsync(Mobile);
        var code = await apps.LastSmsCodeAsync(Mobile);

        apps.Portal.Clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
        Assert.Contains("验证码已过期", await SubmitAsync(client, code));
    }

    [Fact]
    public async Task Resend_IsRefusedWithin60Seconds_AndLimitedToFivePerDay()
    {
        // The sends below span five minutes of the (real-time based) clock: begin just after China midnight rather
        // than just before it, so that they all count on one day.
        var chinaTime = ChinaTime.ToChina(apps.Portal.Clock.GetUtcNow()).TimeOfDay;
        if (chinaTime > TimeSpan.FromHours(23.5))
        {
            apps.Portal.Clock.Advance(TimeSpan.FromDays(1) - chinaTime + TimeSpan.FromMinutes(1));
        }

        var client = await apps.SignInAsync("sandbox-openid-1");
        Assert.Contains("验证码已发送", Forms.VisibleText(await (await client.SendCodeAsync(Mobile)).Content.ReadAsStringAsync()));
        var first = await apps.LastSmsCodeAsync(Mobile);

        var again = Forms.VisibleText(await (await client.SendCodeAsync(Mobile)).Content.ReadAsStringAsync());
        Assert.Contains("验证码发送过于频繁", again);
        Assert.Equal(first, await apps.LastSmsCodeAsync(Mobile));

        for (var i = 2; i <= 5; i++)
        {
            apps.Portal.Clock.Advance(TimeSpan.FromSeconds(61));
            Assert.Contains("验证码已发送", Forms.VisibleText(await (await client.SendCodeAsync(Mobile)).Content.ReadAsStringAsync()));
        }

        apps.Portal.Clock.Advance(TimeSpan.FromSeconds(61));
        Assert.Contains("今日获取验证码已达5次", Forms.VisibleText(await (await client.SendCodeAsync(Mobile)).Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task InvalidFields_ShowFieldMessages_AndSendNothing()
    {
        var client = await apps.SignInAsync("sandbox-openid-1");
        var sent = Forms.VisibleText(await (await client.SendCodeAsync("1380013800")).Content.ReadAsStringAsync());
        Assert.Contains("手机号码应为11位中国大陆手机号", sent);

        var response = await client.SubmitAsync("/RealName", RealNamePortal.Applicant("张晓梅", "440305198503120021", Mobile, "123456"));
        var text = Forms.VisibleText(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("居民身份证号码校验位不正确，请核对", text);
    }

    private async Task<string> SubmitAsync(HttpClient client, string code)
    {
        var response = await client.SubmitAsync("/RealName", RealNamePortal.Applicant("张晓梅", RealNamePortal.ZhangIdNumber, Mobile, code));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Forms.VisibleText(await response.Content.ReadAsStringAsync());
    }
}
