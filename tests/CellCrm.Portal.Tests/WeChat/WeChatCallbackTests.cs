using System.Net;
using System.Text;
using System.Xml.Linq;
using CellCrm.Infrastructure.WeChat;
using CellCrm.Testing.Fakes.WeChat;

namespace CellCrm.Portal.Tests.WeChat;

/// <summary>The server URL WeChat calls (WECHAT.md A1): signature on every call, passive replies.</summary>
public class WeChatCallbackTests(WeChatPortalFactory app) : IClassFixture<WeChatPortalFactory>
{
    private const string Account = "gh_3c884a361561";
    private const string OpenId = "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o";

    [Fact]
    public async Task Verify_WithWeChatsSignature_EchoesTheEchostr()
    {
        var response = await app.CreateBrowser().GetAsync(Signed("/wechat/callback", "echostr=4931478210954418513"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("4931478210954418513", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Verify_WithAWrongSignature_Is403()
    {
        var response = await app.CreateBrowser().GetAsync("/wechat/callback?signature=0f9de62fce790f9a083d5c99e95740ceb90c27ed&timestamp=1714000000&nonce=123&echostr=42");
        var missing = await app.CreateBrowser().GetAsync("/wechat/callback?echostr=42");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("42", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, missing.StatusCode);
    }

    [Fact]
    public async Task Subscribe_RepliesWithAWelcome_AndThePortalLink()
    {
        var response = await PostAsync(Signed("/wechat/callback"), Event("subscribe", "qrscene_advisor42"));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/xml", response.Content.Headers.ContentType!.ToString());
        var reply = XElement.Parse(body);
        Assert.Equal("xml", reply.Name.LocalName);
        Assert.Equal(OpenId, (string?)reply.Element("ToUserName"));
        Assert.Equal(Account, (string?)reply.Element("FromUserName"));
        Assert.Equal("text", (string?)reply.Element("MsgType"));
        Assert.InRange(long.Parse((string)reply.Element("CreateTime")!), DateTimeOffset.UtcNow.ToUnixTimeSeconds() - 60, DateTimeOffset.UtcNow.ToUnixTimeSeconds() + 60);
        var content = (string)reply.Element("Content")!;
        Assert.Contains("欢迎关注", content);
        Assert.Contains($"<a href=\"{WeChatPortalFactory.PortalBaseUrl}\">签约及查询</a>", content);
        Assert.Contains("<![CDATA[", body);
    }

    [Theory]
    [InlineData("unsubscribe")]
    [InlineData("TEMPLATESENDJOBFINISH")]
    [InlineData("CLICK")]
    public async Task OtherEvents_AreAcknowledgedWithSuccess(string eventName)
    {
        var response = await PostAsync(Signed("/wechat/callback"), Event(eventName, ""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("success", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TextMessage_IsAcknowledgedWithSuccess()
    {
        var xml = $"<xml><ToUserName><![CDATA[{Account}]]></ToUserName><FromUserName><![CDATA[{OpenId}]]></FromUserName>" +
                  "<CreateTime>1714000000</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[你好]]></Content><MsgId>24512345678901234</MsgId></xml>";

        var response = await PostAsync(Signed("/wechat/callback"), xml);

        Assert.Equal("success", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_WithABadSignature_Is403_AndNotAnswered()
    {
        var response = await PostAsync("/wechat/callback?signature=deadbeef&timestamp=1714000000&nonce=1", Event("subscribe", ""));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("欢迎", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_WithADtd_IsRefused_AndTheEntityNeverExpands()
    {
        var xxe = "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>" +
                  $"<xml><ToUserName>{Account}</ToUserName><FromUserName>&secret;</FromUserName><CreateTime>1</CreateTime>" +
                  "<MsgType>event</MsgType><Event>subscribe</Event></xml>";

        var response = await PostAsync(Signed("/wechat/callback"), xxe);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("root:", body);
        Assert.DoesNotContain("Exception", body);
    }

    [Fact]
    public async Task Post_TooLarge_IsRefused()
    {
        var response = await PostAsync(Signed("/wechat/callback"), "<xml>" + new string('x', 70 * 1024) + "</xml>");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    private Task<HttpResponseMessage> PostAsync(string url, string xml) =>
        app.CreateBrowser().PostAsync(url, new StringContent(xml, Encoding.UTF8, "text/xml"));

    private static string Event(string name, string key) =>
        $"<xml><ToUserName><![CDATA[{Account}]]></ToUserName><FromUserName><![CDATA[{OpenId}]]></FromUserName>" +
        $"<CreateTime>1714000000</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[{name}]]></Event>" +
        $"<EventKey><![CDATA[{key}]]></EventKey></xml>";

    /// <summary>The query WeChat adds to each call: its signature over our token, the timestamp and the nonce.</summary>
    private static string Signed(string path, string? extra = null)
    {
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var nonce = Random.Shared.Next(100000000, 999999999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var signature = WeChatServerSignature.Compute(WeChatPortalFactory.ServerToken, timestamp, nonce);
        return $"{path}?signature={signature}&timestamp={timestamp}&nonce={nonce}" + (extra is null ? "" : "&" + extra);
    }
}
