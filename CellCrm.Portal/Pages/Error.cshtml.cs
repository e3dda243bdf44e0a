using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CellCrm.Portal.Pages;

/// <summary>Errors and bare status codes: a Chinese message in the WeChat style, never a stack trace.</summary>
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
[IgnoreAntiforgeryToken]
[AllowAnonymous]
public class ErrorModel : PageModel
{
    public string Title { get; private set; } = "页面出错了";

    public string Message { get; private set; } = "请稍后重试，或联系您的顾问。";

    public void OnGet(int? code) => Describe(code);

    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code) => (Title, Message) = code switch
    {
        404 => ("页面不存在", "您访问的内容不存在或已失效。"),
        403 => ("无权查看", "该内容不属于您的账号。"),
        _ => ("页面出错了", "请稍后重试，或联系您的顾问。"),
    };
}
