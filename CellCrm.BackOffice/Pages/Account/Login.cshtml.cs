using System.ComponentModel.DataAnnotations;
using CellCrm.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CellCrm.BackOffice.Pages.Account;

public class LoginModel(SignInManager<StaffAccount> signIn) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    /// <summary>The one answer for a wrong password, an unknown login name and a deactivated account, so the page
    /// never tells a stranger which accounts exist. A lockout is named only to someone who knows the password.</summary>
    public const string FailedMessage = "登录名或密码不正确";

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var users = signIn.UserManager;
        var account = await users.FindByNameAsync(Input.UserName.Trim());
        if (account is null)
        {
            // Hash anyway, so an unknown name costs the same time as a wrong password.
            users.PasswordHasher.HashPassword(new StaffAccount(), Input.Password);
            return Failed(FailedMessage);
        }

        var passwordValid = await users.CheckPasswordAsync(account, Input.Password);
        if (await users.IsLockedOutAsync(account))
        {
            return Failed(passwordValid
                ? $"登录失败次数过多，账号已锁定{IdentitySetup.LockoutDuration.TotalMinutes:0}分钟，请稍后再试或联系管理员"
                : FailedMessage);
        }

        if (!passwordValid)
        {
            await users.AccessFailedAsync(account);
            return Failed(FailedMessage);
        }

        if (!await signIn.CanSignInAsync(account))
        {
            return Failed(FailedMessage);
        }

        await users.ResetAccessFailedCountAsync(account);
        await signIn.SignInAsync(account, isPersistent: false);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }

    private PageResult Failed(string message)
    {
        ModelState.AddModelError("", message);
        return Page();
    }

    public sealed class LoginInput
    {
        [Display(Name = "登录名")]
        [Required(ErrorMessage = "请输入登录名")]
        [StringLength(64, ErrorMessage = "登录名过长")]
        public string UserName { get; set; } = "";

        [Display(Name = "密码")]
        [Required(ErrorMessage = "请输入密码")]
        [DataType(DataType.Password)]
        [StringLength(128, ErrorMessage = "密码过长")]
        public string Password { get; set; } = "";
    }
}
