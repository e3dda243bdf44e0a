using System.Net;
using CellCrm.Testing;
using Microsoft.EntityFrameworkCore;
using static CellCrm.BackOffice.Tests.Customers.CustomerTestData;

namespace CellCrm.BackOffice.Tests.Admin;

/// <summary>/Admin/Departments: the tree, delete only when empty, move without cycles, leader appointment rule.</summary>
public class DepartmentAdminTests(BackOfficeFactory app) : IClassFixture<BackOfficeFactory>, IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await app.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static string Url(Guid id) => $"/Admin/Departments/Edit/{id}";

    private async Task<HttpResponseMessage> PostAsync(HttpClient admin, Guid id, string handler, params (string Field, string Value)[] fields)
    {
        var page = await admin.ReadPageAsync(Url(id));
        var all = fields.Append(("Version", AdminTestData.Version(page))).Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2));
        return await admin.PostFormAsync($"{Url(id)}?handler={handler}", Forms.AntiforgeryToken(page), all);
    }

    [Fact]
    public async Task Index_ShowsTreeWithLeaders()
    {
        var admin = await app.SignedInAsync("admin");

        var text = Forms.VisibleText(await admin.ReadPageAsync("/Admin/Departments"));

        Assert.Contains("深圳一组 赵组长", text);
        Assert.Contains("华南区域 王区域", text);
        Assert.True(text.IndexOf("营销中心", StringComparison.Ordinal) < text.IndexOf("深圳一组", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Delete_DepartmentWithStaffAndCustomers_IsRefusedWithWhatIsLeft()
    {
        var admin = await app.SignedInAsync("admin");
        var team = await app.DepartmentIdAsync("深圳一组");
        var region = await app.DepartmentIdAsync("华南区域");

        var withStaff = await PostAsync(admin, team, "Delete");
        var withChildren = await PostAsync(admin, region, "Delete");

        Assert.Equal(HttpStatusCode.OK, withStaff.StatusCode);
        var message = Forms.VisibleText(await withStaff.Content.ReadAsStringAsync());
        Assert.Matches("部门下还有\\d+名员工、\\d+个客户，请先转移后再删除", message);
        Assert.Contains("个下级部门", Forms.VisibleText(await withChildren.Content.ReadAsStringAsync()));
        Assert.Equal(2, await app.QueryAsync(db => db.Departments.CountAsync(d => d.Id == team || d.Id == region)));
    }

    [Fact]
    public async Task AddChild_ThenDeleteTheEmptyChild_Works()
    {
        var admin = await app.SignedInAsync("admin");
        var region = await app.DepartmentIdAsync("华南区域");

        var added = await PostAsync(admin, region, "AddChild", ("ChildName", "广州一组"));
        var duplicate = await PostAsync(admin, region, "AddChild", ("ChildName", "广州一组"));

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal("同一上级下已有名为“广州一组”的部门", FieldMessage(await duplicate.Content.ReadAsStringAsync(), "ChildName"));
        var child = await app.DepartmentAsync("广州一组");
        Assert.Equal(region, child.ParentId);

        var deleted = await PostAsync(admin, child.Id, "Delete");

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await app.QueryAsync(db => db.Departments.AnyAsync(d => d.Name == "广州一组")));
    }

    [Fact]
    public async Task Move_UnderOwnDescendant_IsRefusedAndNothingMoves()
    {
        var admin = await app.SignedInAsync("admin");
        var marketing = await app.DepartmentAsync("营销中心");
        var team = await app.DepartmentIdAsync("深圳一组");

        var response = await PostAsync(admin, marketing.Id, "Move", ("ParentId", team.ToString()));
        var self = await PostAsync(admin, marketing.Id, "Move", ("ParentId", marketing.Id.ToString()));

        Assert.Equal("不能把部门移动到它自己或它的下级部门之下", FieldMessage(await response.Content.ReadAsStringAsync(), "ParentId"));
        Assert.Equal("不能把部门移动到它自己或它的下级部门之下", FieldMessage(await self.Content.ReadAsStringAsync(), "ParentId"));
        Assert.Equal(marketing.Path, (await app.DepartmentAsync("营销中心")).Path);
    }

    [Fact]
    public async Task Move_Subtree_RebasesDescendantsAndLeadersSeeTheirNewSubtree()
    {
        var admin = await app.SignedInAsync("admin");
        var region = await app.DepartmentIdAsync("华南区域");
        var service = await app.DepartmentAsync("客户服务部");

        var response = await PostAsync(admin, region, "Move", ("ParentId", service.Id.ToString()));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var moved = await app.DepartmentAsync("华南区域");
        var team = await app.DepartmentAsync("深圳一组");
        Assert.Equal(service.Id, moved.ParentId);
        Assert.StartsWith(service.Path, moved.Path);
        Assert.StartsWith(moved.Path, team.Path);
        var divisionScope = await app.WithScopeAsync(sp => sp.ScopeAsync("division"));
        Assert.DoesNotContain(team.Id, divisionScope.DepartmentIds);
        Assert.Contains("上级部门 营销中心 客户服务部", Forms.VisibleText(await admin.ReadPageAsync(Url(region))));
    }

    [Fact]
    public async Task AppointLeader_StaffOfAnotherBranch_IsRefused_StaffAbove_IsAccepted()
    {
        var admin = await app.SignedInAsync("admin");
        var team = await app.DepartmentIdAsync("深圳一组");
        var advisor2 = await app.StaffIdAsync("advisor2");   // 深圳二组, a sibling
        var regional = await app.StaffIdAsync("regional");   // 华南区域, the parent

        var refused = await PostAsync(admin, team, "Leader", ("LeaderId", advisor2.ToString()));
        var accepted = await PostAsync(admin, team, "Leader", ("LeaderId", regional.ToString()));

        Assert.Equal("负责人必须是本部门或上级部门的员工", FieldMessage(await refused.Content.ReadAsStringAsync(), "LeaderId"));
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal(regional, (await app.DepartmentAsync("深圳一组")).LeaderId);
        var page = await admin.ReadPageAsync(Url(team));
        Assert.DoesNotContain($"value=\"{advisor2}\"", page);
    }

    [Fact]
    public async Task Rename_WithStaleVersion_IsRefused()
    {
        var admin = await app.SignedInAsync("admin");
        var team = await app.DepartmentIdAsync("深圳一组");
        var page = await admin.ReadPageAsync(Url(team));
        var token = Forms.AntiforgeryToken(page);
        var version = AdminTestData.Version(page);

        var first = await admin.PostFormAsync($"{Url(team)}?handler=Rename", token, [new("Name", "深圳一组A"), new("Version", version)]);
        var second = await admin.PostFormAsync($"{Url(team)}?handler=Rename", token, [new("Name", "深圳一组B"), new("Version", version)]);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Contains("该部门已被他人修改", Forms.VisibleText(await second.Content.ReadAsStringAsync()));
        Assert.True(await app.QueryAsync(db => db.Departments.AnyAsync(d => d.Name == "深圳一组A")));
    }
}
