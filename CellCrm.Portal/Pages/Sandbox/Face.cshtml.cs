using CellCrm.Domain.RealName;
using CellCrm.Infrastructure.RealName;
using CellCrm.Portal.Identity;
using CellCrm.Portal.RealName;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CellCrm.Portal.Pages.Sandbox;

/// <summary>The sandbox face provider's page: the tester decides 通过 or 不通过. Only for the visitor's own check,
/// and only when the sandbox provider is the one in use.</summary>
public class FaceModel(IFaceVerifier faces, RealNameFlow flow, PortalSignIn signIn) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? RequestId { get; set; }

    public SandboxFaceState State { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        await LoadAsync(ct) is { } state ? Show(state) : NotFound();

    public async Task<IActionResult> OnPostAsync(bool passed, CancellationToken ct)
    {
        if (faces is not SandboxFaceVerifier sandbox || await LoadAsync(ct) is null)
        {
            return NotFound();
        }

        var returnUrl = await sandbox.DecideAsync(RequestId!, passed, ct);
        return returnUrl is null ? NotFound() : Redirect(returnUrl);
    }

    private IActionResult Show(SandboxFaceState state)
    {
        State = state;
        return Page();
    }

    private async Task<SandboxFaceState?> LoadAsync(CancellationToken ct) =>
        faces is SandboxFaceVerifier sandbox && !signIn.WeChatConfigured && RequestId is not null && RequestId == flow.FaceRequestId
            ? await sandbox.FindAsync(RequestId, ct)
            : null;
}
