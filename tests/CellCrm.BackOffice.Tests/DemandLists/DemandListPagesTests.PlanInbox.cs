using System.Text.Json;
using CellCrm.Testing;

namespace CellCrm.BackOffice.Tests.DemandLists;

/// <summary>The plan loop in the to-do inbox: whoever's turn it is sees the list there, linked to its page, and the
/// badge counts it.</summary>
public partial class DemandListPagesTests
{
    [Fact]
    public async Task PlanLoop_ShowsInTheInbox_OfWhoseTurnItIs()
    {
        var id = await ReadyListAsync();
        var page = $"/DemandLists/Details/{id}";
        var advisor = app.CreateBrowser();
        await advisor.SignInAsync("advisor");
        var expert = app.CreateBrowser();
        await expert.SignInAsync("expert");
        Assert.DoesNotContain("需求清单方案", Forms.VisibleText(await expert.GetStringAsync("/Approvals")));

        await Post(advisor, page, "Submit", []);
        var expertInbox = await expert.GetStringAsync("/Approvals");
        Assert.Contains("待出方案", Forms.VisibleText(expertInbox));
        Assert.Contains($"href=\"{page}\"", expertInbox);
        Assert.DoesNotContain("需求清单方案", Forms.VisibleText(await advisor.GetStringAsync("/Approvals")));

        await Post(expert, page, "IssuePlan", Plan(3));
        var advisorInbox = await advisor.GetStringAsync("/Approvals");
        Assert.Contains("待确认方案", Forms.VisibleText(advisorInbox));
        Assert.Contains($"href=\"{page}\"", advisorInbox);
        using (var badges = JsonDocument.Parse(await advisor.GetStringAsync("/nav/badges")))
        {
            Assert.Equal(1, badges.RootElement.GetProperty("todo").GetInt32());
        }

        Assert.DoesNotContain("需求清单方案", Forms.VisibleText(await expert.GetStringAsync("/Approvals")));

        await Post(advisor, page, "RequestChange", [new("Comment", "客户希望分两次回输")]);
        Assert.Contains("待出方案", Forms.VisibleText(await expert.GetStringAsync("/Approvals")));

        await Post(expert, page, "IssuePlan", Plan(2));
        await Post(advisor, page, "Agree", [new("Comment", "同意")]);
        Assert.DoesNotContain("需求清单方案", Forms.VisibleText(await advisor.GetStringAsync("/Approvals")));
        Assert.DoesNotContain("需求清单方案", Forms.VisibleText(await expert.GetStringAsync("/Approvals")));
    }
}
