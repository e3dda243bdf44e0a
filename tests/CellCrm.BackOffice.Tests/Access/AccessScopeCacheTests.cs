using System.Net;
using CellCrm.BackOffice.Tests.Admin;
using CellCrm.Domain.Customers;
using CellCrm.Domain.Organization;
using CellCrm.Infrastructure.Persistence;
using CellCrm.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CellCrm.BackOffice.Tests.Customers.CustomerTestData;

namespace CellCrm.BackOffice.Tests.Access;

/// <summary>The staff access cache (Redis, shared by the nodes) never serves a stale scope: each change is made on
/// node A, and the very next request on node B — which has just cached the old scope — already sees its effect.</summary>
public class AccessScopeCacheTests(BackOfficeFactory nodeA) : IClassFixture<BackOfficeFactory>, IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await nodeA.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Share_GrantedThenExpired_AppliesOnTheNextRequestOnAnotherNode()
    {
        await using var nodeB = JoinedNode<BackOfficeApp>.Of(nodeA);
        var advisor = await SignedInOnAsync(nodeB, "advisor");
        var liu = await nodeA.CustomerIdAsync(LiuMobile);
        Assert.Empty(ListedNames(await advisor.ReadPageAsync($"/Customers?Keyword={LiuMobile}")));

        var shareId = await GrantShareAsync(LiuMobile, from: "advisor2", to: "advisor");

        Assert.Equal(["刘强"], ListedNames(await advisor.ReadPageAsync($"/Customers?Keyword={LiuMobile}")));
        Assert.Equal(HttpStatusCode.OK, (await advisor.GetAsync($"/Customers/Details/{liu}")).StatusCode);

        await ExpireShareAsync(shareId);

        Assert.Empty(ListedNames(await advisor.ReadPageAsync($"/Customers?Keyword={LiuMobile}")));
        AssertDenied(await advisor.GetAsync($"/Customers/Details/{liu}"));
    }

    [Fact]
    public async Task Share_ExpiredInsideATransaction_IsNotCachedStaleWhileTheTransactionIsOpen()
    {
        await using var nodeB = JoinedNode<BackOfficeApp>.Of(nodeA);
        var advisor = await SignedInOnAsync(nodeB, "advisor");
        var shareId = await GrantShareAsync(LiuMobile, from: "advisor2", to: "advisor");

        await nodeA.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CellCrmDbContext>();
            await using var tx = await db.Database.BeginTransactionAsync();
            var share = await db.CustomerShares.SingleAsync(s => s.Id == shareId);
            share.Expire(dealSinceGrant: false, share.ExpiresAt!.Value.AddMinutes(1));
            await db.SaveChangesAsync();

            // Saved but not committed: node B still sees the share, and caches that under the current generation.
            Assert.Equal(["刘强"], ListedNames(await advisor.ReadPageAsync($"/Customers?Keyword={LiuMobile}")));
            await tx.CommitAsync();
        });

        Assert.Empty(ListedNames(await advisor.ReadPageAsync($"/Customers?Keyword={LiuMobile}")));
    }

    [Fact]
    public async Task StaffMember_MovedToAnotherDepartment_LeaderSeesTheNewTeamOnTheNextRequestOnAnotherNode()
    {
        await using var nodeB = JoinedNode<BackOfficeApp>.Of(nodeA);
        var leader = await SignedInOnAsync(nodeB, "leader");
        var before = ListedNames(await leader.ReadPageAsync("/Customers"));
        Assert.Contains("张晓梅", before);
        Assert.DoesNotContain("刘强", before);

        var teamTwo = await nodeA.DepartmentIdAsync("深圳二组");
        await UpdateStaffAsync("leader", m => m.Update(m.Name, teamTwo, m.Title, m.Mobile, m.DataScope));

        var after = ListedNames(await leader.ReadPageAsync("/Customers"));
        Assert.Contains("刘强", after);
        Assert.DoesNotContain("张晓梅", after);
    }

    [Fact]
    public async Task StaffMember_GivenDataScopeAll_SeesEveryCustomerOnTheNextRequestOnAnotherNode()
    {
        await using var nodeB = JoinedNode<BackOfficeApp>.Of(nodeA);
        var advisor = await SignedInOnAsync(nodeB, "advisor");
        Assert.DoesNotContain("刘强", ListedNames(await advisor.ReadPageAsync("/Customers")));

        await UpdateStaffAsync("advisor", m => m.Update(m.Name, m.DepartmentId, m.Title, m.Mobile, DataScope.All));

        Assert.Contains("刘强", ListedNames(await advisor.ReadPageAsync("/Customers")));
    }

    [Fact]
    public async Task DepartmentTree_TeamMovedUnderAnother_ItsLeaderSeesItOnTheNextRequestOnAnotherNode()
    {
        await using var nodeB = JoinedNode<BackOfficeApp>.Of(nodeA);
        var leader = await SignedInOnAsync(nodeB, "leader");
        Assert.DoesNotContain("刘强", ListedNames(await leader.ReadPageAsync("/Customers")));
        var admin = await nodeA.SignedInAsync("admin");
        var teamTwo = await nodeA.DepartmentIdAsync("深圳二组");
        var page = await admin.ReadPageAsync($"/Admin/Departments/Edit/{teamTwo}");

        var moved = await admin.PostFormAsync($"/Admin/Departments/Edit/{teamTwo}?handler=Move", Forms.AntiforgeryToken(page),
            [new("ParentId", (await nodeA.DepartmentIdAsync("深圳一组")).ToString()), new("Version", AdminTestData.Version(page))]);

        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Contains("刘强", ListedNames(await leader.ReadPageAsync("/Customers")));
    }

    [Fact]
    public async Task Deactivated_SessionEndsOnTheVeryNextRequestOnAnotherNode()
    {
        await using var nodeB = JoinedNode<BackOfficeApp>.Of(nodeA);
        var advisor = await SignedInOnAsync(nodeB, "advisor");
        Assert.Equal(HttpStatusCode.OK, (await advisor.GetAsync("/Customers")).StatusCode);
        var admin = await nodeA.SignedInAsync("admin");

        await admin.PostHandlerAsync($"/Admin/Staff/Edit/{await nodeA.StaffIdAsync("advisor")}", "Deactivate");

        // No clock advance: not at the next security-stamp check a minute later, but at once.
        var after = await advisor.GetAsync("/Customers");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/Account/Login", after.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await advisor.GetAsync($"/Customers/Details/{await nodeA.CustomerIdAsync(ZhangMobile)}")).StatusCode);
    }

    [Fact]
    public async Task PasswordReset_EndsOtherSessionsOnTheVeryNextRequest()
    {
        await using var nodeB = JoinedNode<BackOfficeApp>.Of(nodeA);
        var advisor = await SignedInOnAsync(nodeB, "advisor");
        Assert.Equal(HttpStatusCode.OK, (await advisor.GetAsync("/Customers")).StatusCode);

        await nodeA.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<CellCrm.Infrastructure.Identity.StaffAccount>>();
            var account = await users.FindByNameAsync("advisor");
            Assert.True((await users.UpdateSecurityStampAsync(account!)).Succeeded);
        });

        var after = await advisor.GetAsync("/Customers");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/Account/Login", after.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task RoleChanged_ScopeAndPageAuthorizationFollowOnTheNextRequest()
    {
        await using var nodeB = JoinedNode<BackOfficeApp>.Of(nodeA);
        var service = await SignedInOnAsync(nodeB, "service");
        Assert.Equal(HttpStatusCode.OK, (await service.GetAsync("/RealName")).StatusCode);
        Assert.Contains("陈静", ListedNames(await service.ReadPageAsync("/Customers")));

        await nodeA.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<CellCrm.Infrastructure.Identity.StaffAccount>>();
            var account = await users.FindByNameAsync("service");
            var roles = await users.GetRolesAsync(account!);
            Assert.True((await users.RemoveFromRolesAsync(account!, roles)).Succeeded);
            Assert.True((await users.AddToRoleAsync(account!, StaffRoles.Advisor)).Succeeded);
        });

        // 客服 saw every department; as 顾问 without customers of their own the list is empty at once.
        Assert.Empty(ListedNames(await service.ReadPageAsync("/Customers")));
        AssertDenied(await service.GetAsync("/RealName"));
    }

    private static async Task<HttpClient> SignedInOnAsync(CellCrmAppFactory<BackOfficeApp> node, string userName)
    {
        var browser = node.CreateBrowser();
        await browser.SignInAsync(userName);
        return browser;
    }

    private Task<Guid> GrantShareAsync(string mobile, string from, string to) => nodeA.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<CellCrmDbContext>();
        var owner = await sp.RefAsync(from);
        var applicant = await sp.RefAsync(to);
        var customerId = await nodeA.CustomerIdAsync(mobile);
        var customer = await db.Customers.AsNoTracking().SingleAsync(c => c.Id == customerId);
        var now = nodeA.Clock.GetUtcNow();
        var share = new CustomerShare("GX" + customerId.ToString("N")[..8], customerId, ShareType.Customer, customer.Name, mobile, "跨部门协助跟进",
            applicant.Id, await sp.DepartmentOfAsync(to), owner.Id, now);
        share.Grant(now);
        db.CustomerShares.Add(share);
        await db.SaveChangesAsync();
        return share.Id;
    });

    private Task ExpireShareAsync(Guid shareId) => nodeA.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<CellCrmDbContext>();
        var share = await db.CustomerShares.SingleAsync(s => s.Id == shareId);
        Assert.Equal(CustomerShareStatus.Revoked, share.Expire(dealSinceGrant: false, share.ExpiresAt!.Value.AddMinutes(1)));
        await db.SaveChangesAsync();
    });

    private Task UpdateStaffAsync(string userName, Action<StaffMember> change) => nodeA.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<CellCrmDbContext>();
        var id = (await sp.RefAsync(userName)).Id;
        change(await db.Staff.SingleAsync(s => s.Id == id));
        await db.SaveChangesAsync();
    });
}
