using System.ComponentModel.DataAnnotations;
using CellCrm.Infrastructure.Identity;
using CellCrm.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CellCrm.BackOffice.Pages.Account;

public class LoginModel(SignInManager<StaffAccount> signIn, CellCrmDbContext db) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var account = await signIn.UserManager.FindByNameAsync(Input.UserName.Trim());
        var member = account is null ? null : await db.Staff.FindAsync(account.Id);
        if (account is not null && member is { IsActive: false })
        {
            ModelState.AddModelError("", "该账号已停用，请联系管理员");
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(Input.UserName.Trim(), Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }

        ModelState.AddModelError("", result.IsLockedOut
            ? $"登录失败次数过多，账号已锁定{IdentitySetup.LockoutDuration.TotalMinutes:0}分钟，请稍后再试或联系管理员"
            : "登录名或密码不正确");
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
