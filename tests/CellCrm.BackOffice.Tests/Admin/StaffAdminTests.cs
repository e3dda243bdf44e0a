using System.Net;
using CellCrm.Domain.Common;
using CellCrm.Domain.Organization;
using CellCrm.Infrastructure.Persistence;
using CellCrm.Testing;
using Microsoft.EntityFrameworkCore;
using static CellCrm.BackOffice.Tests.Customers.CustomerTestData;

namespace CellCrm.BackOffice.Tests.Admin;

/// <summary>/Admin/Staff: create an account that can sign in, edit roles, deactivate, reset password, unlock.</summary>
public class StaffAdminTests(BackOfficeFactory app) : IClassFixture<BackOfficeFactory>, IAsyncLifetime
{
    private const string WrongPassword = "登录名或密码不正确";

    public async ValueTask InitializeAsync() => await app.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private async Task<List<KeyValuePair<string, string>>> StaffFormAsync(string userName, string name, string department, string password, params string[] roles)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Input.UserName", userName), new("Input.Name", name), new("Input.Mobile", "13911112222"), new("Input.Title", "顾问"),
            new("Input.DepartmentId", (await app.DepartmentIdAsync(department)).ToString()), new("Input.DataScope", ""),
            new("Input.Password", password), new("Input.Version", "0"),
        };
        fields.AddRange(roles.Select(r => new KeyValuePair<string, string>("Input.Roles", r)));
        return fields;
    }

    [Fact]
    public async Task Create_NewStaffMember_CanSignInAndIsAudited()
    {
        var admin = await app.SignedInAsync("admin");

        var response = await admin.SubmitAsync("/Admin/Staff/Create", await StaffFormAsync("xiaoliu", "刘小", "深圳二组", "welcome2026", StaffRoles.Advisor));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var fresh = app.CreateBrowser();
        var signIn = await fresh.TrySignInAsync("xiaoliu", "welcome2026");
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fresh.GetAsync("/Customers")).StatusCode);
        AssertDenied(await fresh.GetAsync("/Admin/Staff"));

        var id = await app.StaffIdAsync("xiaoliu");
        var member = await app.StaffAsync(id);
        Assert.Equal("13911112222", member.Mobile);
        Assert.Equal(await app.DepartmentIdAsync("深圳二组"), member.DepartmentId);
        var raw = await app.QueryAsync(db => db.Database.SqlQuery<string>($"SELECT Mobile AS Value FROM StaffMembers WHERE Id = {id}").SingleAsync());
        Assert.DoesNotContain("13911112222", raw);

        var audit = await app.AuditOfAsync(id);
        Assert.Contains(audit, a => a.Action == AuditAction.Created && a.ActorName == "系统管理员" && a.NewValue == "刘小");
        Assert.Contains(audit, a => a.Field == "Roles" && a.NewValue == "顾问");
        Assert.DoesNotContain(audit, a => a.NewValue == "13911112222");

        var list = Forms.VisibleText(await admin.ReadPageAsync("/Admin/Staff?Keyword=xiaoliu"));
        Assert.Contains("刘小 xiaoliu 139****2222 深圳二组 顾问", list);
    }

    [Fact]
    public async Task Create_WeakPasswordOrTakenLoginName_ShowsChineseFieldMessagesAndSavesNothing()
    {
        var admin = await app.SignedInAsync("admin");

        var weak = await admin.SubmitAsync("/Admin/Staff/Create", await StaffFormAsync("xiaoliu", "刘小", "深圳二组", "abc", StaffRoles.Advisor));
        var taken = await admin.SubmitAsync("/Admin/Staff/Create", await StaffFormAsync("advisor", "刘小", "深圳二组", "welcome2026", StaffRoles.Advisor));
        var noRole = await admin.SubmitAsync("/Admin/Staff/Create", await StaffFormAsync("xiaoliu", "刘小", "深圳二组", "welcome2026"));

        Assert.Equal(HttpStatusCode.OK, weak.StatusCode);
        Assert.Contains("密码至少8位", FieldMessage(await weak.Content.ReadAsStringAsync(), "Input.Password"));
        Assert.Equal("登录名“advisor”已被使用", FieldMessage(await taken.Content.ReadAsStringAsync(), "Input.UserName"));
        Assert.Equal("请至少选择一个角色", FieldMessage(await noRole.Content.ReadAsStringAsync(), "Input.Roles"));
        Assert.Equal(0, await app.QueryAsync(db => db.Staff.CountAsync(s => s.Name == "刘小")));
    }

    [Fact]
    public async Task Deactivate_AccountCannotSignIn_WithTheSameMessageAsAWrongPassword()
    {
        var admin = await app.SignedInAsync("admin");
        var advisor = await app.StaffIdAsync("advisor");
        var wrong = await AdminTestData.SignInMessageAsync(await app.CreateBrowser().TrySignInAsync("advisor", "not-the-password1"));
        var unknown = await AdminTestData.SignInMessageAsync(await app.CreateBrowser().TrySignInAsync("nobody", "cellcrm2026"));

        var response = await admin.PostHandlerAsync($"/Admin/Staff/Edit/{advisor}", "Deactivate");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False((await app.StaffAsync(advisor)).IsActive);
        var deactivated = await AdminTestData.SignInMessageAsync(await app.CreateBrowser().TrySignInAsync("advisor", "cellcrm2026"));
        Assert.Equal(WrongPassword, wrong);
        Assert.Equal(WrongPassword, unknown);
        Assert.Equal(WrongPassword, deactivated);
        Assert.Contains("已停用", Forms.VisibleText(await admin.ReadPageAsync($"/Admin/Staff/Edit/{advisor}")));
        Assert.Contains(await app.AuditOfAsync(advisor), a => a.Field == "IsActive" && a.OldValue == "True" && a.NewValue == "False");

        await admin.PostHandlerAsync($"/Admin/Staff/Edit/{advisor}", "Activate");
        Assert.Equal(HttpStatusCode.Redirect, (await app.CreateBrowser().TrySignInAsync("advisor", "cellcrm2026")).StatusCode);
    }

    [Fact]
    public async Task Deactivate_EndsASessionAlreadySignedIn_WithinAMinute()
    {
        var advisorBrowser = await app.SignedInAsync("advisor");
        var admin = await app.SignedInAsync("admin");
        Assert.Equal(HttpStatusCode.OK, (await advisorBrowser.GetAsync("/Customers")).StatusCode);

        await admin.PostHandlerAsync($"/Admin/Staff/Edit/{await app.StaffIdAsync("advisor")}", "Deactivate");
        app.Clock.Advance(TimeSpan.FromMinutes(2));

        var after = await advisorBrowser.GetAsync("/Customers");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/Account/Login", after.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Deactivate_Self_IsRefused()
    {
        var admin = await app.SignedInAsync("admin");
        var self = await app.StaffIdAsync("admin");

        await admin.PostHandlerAsync($"/Admin/Staff/Edit/{self}", "Deactivate");

        Assert.True((await app.StaffAsync(self)).IsActive);
        Assert.Contains("不能停用自己的账号", Forms.VisibleText(await admin.ReadPageAsync($"/Admin/Staff/Edit/{self}")));
    }

    [Fact]
    public async Task Edit_RolesAndDepartment_AreSavedAndShownInHistory()
    {
        var admin = await app.SignedInAsync("admin");
        var advisor = await app.StaffIdAsync("advisor");
        var url = $"/Admin/Staff/Edit/{advisor}";
        var page = await admin.ReadPageAsync(url);

        var response = await admin.PostFormAsync(url, Forms.AntiforgeryToken(page),
        [
            new("Input.Name", "郭顾问"), new("Input.Mobile", ""), new("Input.Title", "组长"),
            new("Input.DepartmentId", (await app.DepartmentIdAsync("深圳二组")).ToString()), new("Input.DataScope", "DepartmentSubtree"),
            new("Input.Roles", StaffRoles.Advisor), new("Input.Roles", StaffRoles.TeamLeader), new("Input.Version", InputValue(page, "Input.Version")),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var text = Forms.VisibleText(await admin.ReadPageAsync(url));
        Assert.Contains("系统管理员 修改员工 角色 顾问 顾问、组长", text);
        Assert.Contains("系统管理员 修改员工 所属部门 深圳一组 深圳二组", text);
        Assert.Contains("系统管理员 修改员工 数据权限 本部门及下级", text);
        var scope = await app.WithScopeAsync(sp => sp.ScopeAsync("advisor"));
        Assert.Equal(DataScope.DepartmentSubtree, scope.Level);
        Assert.Contains(await app.DepartmentIdAsync("深圳二组"), scope.DepartmentIds);
    }

    [Fact]
    public async Task Edit_RemovingOwnAdminRole_IsRefusedWithMessage()
    {
        var admin = await app.SignedInAsync("admin");
        var self = await app.StaffIdAsync("admin");
        var url = $"/Admin/Staff/Edit/{self}";
        var page = await admin.ReadPageAsync(url);

        var response = await admin.PostFormAsync(url, Forms.AntiforgeryToken(page),
        [
            new("Input.Name", "系统管理员"), new("Input.DepartmentId", (await app.DepartmentIdAsync("信息部")).ToString()),
            new("Input.Roles", StaffRoles.Advisor), new("Input.Version", InputValue(page, "Input.Version")),
        ]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("不能移除自己的管理员角色", FieldMessage(await response.Content.ReadAsStringAsync(), "Input.Roles"));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/Admin/Staff")).StatusCode);
    }

    [Fact]
    public async Task ResetPassword_OldPasswordStopsWorkingAndNewOneWorks()
    {
        var admin = await app.SignedInAsync("admin");
        var advisor = await app.StaffIdAsync("advisor");

        var weak = await admin.PostHandlerAsync($"/Admin/Staff/Edit/{advisor}", "ResetPassword", ("NewPassword", "123"));
        var reset = await admin.PostHandlerAsync($"/Admin/Staff/Edit/{advisor}", "ResetPassword", ("NewPassword", "renewed2026"));

        Assert.Contains("密码至少8位", FieldMessage(await weak.Content.ReadAsStringAsync(), "NewPassword"));
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Equal(WrongPassword, await AdminTestData.SignInMessageAsync(await app.CreateBrowser().TrySignInAsync("advisor", "cellcrm2026")));
        Assert.Equal(HttpStatusCode.Redirect, (await app.CreateBrowser().TrySignInAsync("advisor", "renewed2026")).StatusCode);
        Assert.Contains(await app.AuditOfAsync(advisor), a => a.Field == "Password" && a.NewValue == "管理员已重置");
    }

    [Fact]
    public async Task LockedOut_GenericMessageUntilTheRightPassword_ThenAdminUnlocks()
    {
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(WrongPassword, await AdminTestData.SignInMessageAsync(await app.CreateBrowser().TrySignInAsync("advisor", "wrong-pass" + i)));
        }

        var lockedWrong = await AdminTestData.SignInMessageAsync(await app.CreateBrowser().TrySignInAsync("advisor", "wrong-again1"));
        var lockedRight = await AdminTestData.SignInMessageAsync(await app.CreateBrowser().TrySignInAsync("advisor", "cellcrm2026"));
        Assert.Equal(WrongPassword, lockedWrong);
        Assert.Contains("账号已锁定", lockedRight);

        var admin = await app.SignedInAsync("admin");
        var advisor = await app.StaffIdAsync("advisor");
        Assert.Contains("已锁定", Forms.VisibleText(await admin.ReadPageAsync("/Admin/Staff?Keyword=advisor")));
        await admin.PostHandlerAsync($"/Admin/Staff/Edit/{advisor}", "Unlock");

        Assert.Equal(HttpStatusCode.Redirect, (await app.CreateBrowser().TrySignInAsync("advisor", "cellcrm2026")).StatusCode);
        Assert.Contains(await app.AuditOfAsync(advisor), a => a.Field == "Lockout" && a.NewValue == "已解锁");
    }

    [Fact]
    public async Task List_FiltersByDepartmentSubtreeRoleAndState()
    {
        var admin = await app.SignedInAsync("admin");
        var south = await app.DepartmentIdAsync("华南区域");
        await admin.PostHandlerAsync($"/Admin/Staff/Edit/{await app.StaffIdAsync("advisor2")}", "Deactivate");

        var inSouth = Forms.VisibleText(await admin.ReadPageAsync($"/Admin/Staff?DepartmentId={south}"));
        var advisors = Forms.VisibleText(await admin.ReadPageAsync($"/Admin/Staff?Role={StaffRoles.Advisor}&Active=true"));
        var inactive = Forms.VisibleText(await admin.ReadPageAsync("/Admin/Staff?Active=false"));

        Assert.Contains("王区域", inSouth);
        Assert.Contains("郭顾问", inSouth);
        Assert.DoesNotContain("周客服", inSouth);
        Assert.Contains("郭顾问", advisors);
        Assert.DoesNotContain("陈顾问", advisors);
        Assert.DoesNotContain("赵组长", advisors);
        Assert.Contains("陈顾问", inactive);
        Assert.DoesNotContain("郭顾问", inactive);
    }

    private async Task<HttpResponseMessage> SaveAsync(HttpClient admin, Guid id, string page, string name, string department, params string[] roles)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Input.Name", name), new("Input.DepartmentId", (await app.DepartmentIdAsync(department)).ToString()),
            new("Input.Version", InputValue(page, "Input.Version")),
        };
        fields.AddRange(roles.Select(r => new KeyValuePair<string, string>("Input.Roles", r)));
        return await admin.PostFormAsync($"/Admin/Staff/Edit/{id}", Forms.AntiforgeryToken(page), fields);
    }

    [Fact]
    public async Task Edit_MovingALeaderOutOfTheDepartmentTheyLead_IsRefused()
    {
        var admin = await app.SignedInAsync("admin");
        var leader = await app.StaffIdAsync("leader");   // 赵组长 leads 深圳一组
        var page = await admin.ReadPageAsync($"/Admin/Staff/Edit/{leader}");

        var response = await SaveAsync(admin, leader, page, "赵组长", "深圳二组", StaffRoles.TeamLeader);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("该员工是“深圳一组”的负责人，请先更换该部门负责人再调整其所属部门",
            FieldMessage(await response.Content.ReadAsStringAsync(), "Input.DepartmentId"));
        Assert.Equal(await app.DepartmentIdAsync("深圳一组"), (await app.StaffAsync(leader)).DepartmentId);
    }

    [Fact]
    public async Task Edit_FormLoadedBeforeSomeoneElseSaved_IsRefusedWithReloadMessage()
    {
        var admin = await app.SignedInAsync("admin");
        var advisor = await app.StaffIdAsync("advisor");
        var page = await admin.ReadPageAsync($"/Admin/Staff/Edit/{advisor}");

        var first = await SaveAsync(admin, advisor, page, "郭顾问甲", "深圳一组", StaffRoles.Advisor);
        var second = await SaveAsync(admin, advisor, page, "郭顾问乙", "深圳一组", StaffRoles.Advisor);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Contains("该员工资料已被他人修改，请刷新页面后重新编辑", Forms.VisibleText(await second.Content.ReadAsStringAsync()));
        Assert.Equal("郭顾问甲", (await app.StaffAsync(advisor)).Name);
    }
}
