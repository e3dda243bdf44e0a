using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CellCrm.BackOffice.Pages;

/// <summary>Every unhandled error and bare status code lands here: a Chinese message, never a stack trace.</summary>
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
[IgnoreAntiforgeryToken]
public class ErrorModel : PageModel
{
    public string Title { get; private set; } = "系统出错了";

    public string Message { get; private set; } = "请稍后重试。";

    public string? RequestId { get; private set; }

    public void OnGet(int? code) => Describe(code);

    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        (Title, Message) = code switch
        {
            404 => ("页面不存在", "您访问的页面或记录不存在，或已被删除。"),
            403 => ("无权访问", "您没有查看该内容的权限。"),
            400 => ("请求无效", "页面可能已过期，请刷新后重试。"),
            _ => ("系统出错了", "请稍后重试。"),
        };
    }
}
