using CellCrm.Infrastructure.Payments;
using CellCrm.Infrastructure.WeChatPay.Sandbox;
using CellCrm.Portal.Identity;
using CellCrm.Portal.Payments;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CellCrm.Portal.Pages.Payments;

/// <summary>缴费 (SPEC §2.8): payer, reason, amount and validity of the signed-in customer's own payment link; 支付
/// hands the page the signed parameters for WeixinJSBridge. Another customer's link answers 404, as an unknown
/// one does, and the attempt is logged. In the sandbox a pay button plays WeChat Pay's part.</summary>
public class DetailsModel(PortalPaymentQuery query, PaymentCheckout checkout, ICurrentCustomer current, ILogger<DetailsModel> logger) : PageModel
{
    public PortalPaymentView? Link { get; private set; }

    public bool SignedIn { get; private set; }

    public bool IsSandbox => HttpContext.RequestServices.GetService<SandboxNotifyBuilder>() is not null;

    [TempData]
    public string? PayMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (current.CustomerId is not { } customerId)
        {
            return Page();
        }

        SignedIn = true;
        Link = await query.FindAsync(customerId, id, ct);
        if (Link is null)
        {
            logger.LogWarning("Portal customer {CustomerId} opened payment link {LinkId}, which is not theirs or does not exist", customerId, id);
            return NotFound();
        }

        return Page();
    }

    /// <summary>Called by the page's script: the parameters for getBrandWCPayRequest, or why not.</summary>
    public async Task<IActionResult> OnPostPayAsync(Guid id, CancellationToken ct)
    {
        if (current.CustomerId is not { } customerId)
        {
            return new JsonResult(new { message = "请先登录" }) { StatusCode = StatusCodes.Status401Unauthorized };
        }

        var result = await checkout.PrepareAsync(id, customerId, current.OpenId, ct);
        if (result is null)
        {
            logger.LogWarning("Portal customer {CustomerId} tried to pay payment link {LinkId}, which is not theirs or does not exist", customerId, id);
            return NotFound();
        }

        return new JsonResult(new { payParameters = result.PayParameters, message = result.Message, paid = result.Paid });
    }

    /// <summary>Sandbox: order as 支付 does, let the sandbox mark it paid and post its signed, encrypted notify to
    /// our own notify endpoint, then show the receipt.</summary>
    public async Task<IActionResult> OnPostSandboxPayAsync(Guid id, [FromServices] SandboxNotifySender sender, CancellationToken ct)
    {
        var builder = HttpContext.RequestServices.GetService<SandboxNotifyBuilder>();
        if (builder is null || current.CustomerId is not { } customerId)
        {
            return NotFound();
        }

        var result = await checkout.PrepareAsync(id, customerId, current.OpenId, ct);
        if (result is null)
        {
            logger.LogWarning("Portal customer {CustomerId} tried to pay payment link {LinkId}, which is not theirs or does not exist", customerId, id);
            return NotFound();
        }

        if (result.OutTradeNo is null)
        {
            PayMessage = result.Message;
            return RedirectToPage(new { id });
        }

        var notify = builder.PayAndBuildNotify(result.OutTradeNo);
        var status = notify is null ? 0 : await sender.SendAsync(notify, new Uri($"{Request.Scheme}://{Request.Host}/"), ct);
        if (status is not (200 or 204))
        {
            logger.LogWarning("Sandbox notify for {OutTradeNo} answered {Status}", result.OutTradeNo, status);
        }

        return RedirectToPage("Receipt", new { id });
    }
}
