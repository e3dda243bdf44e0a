using CellCrm.Testing;
using Microsoft.EntityFrameworkCore;
using static CellCrm.BackOffice.Tests.Customers.CustomerTestData;

namespace CellCrm.BackOffice.Tests.Admin;

/// <summary>Every admin page and handler refuses staff who are not admins, whatever their other roles.</summary>
public class AdminAccessTests(BackOfficeFactory app) : IClassFixture<BackOfficeFactory>, IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await app.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private async Task<IReadOnlyList<(string Url, string[] Handlers)>> PagesAsync()
    {
        var staff = await app.StaffIdAsync("advisor2");
        var department = await app.DepartmentIdAsync("深圳二组");
        var product = await app.QueryAsync(db => db.Products.FirstAsync());
        var hospital = await app.QueryAsync(db => db.Hospitals.FirstAsync());
        return
        [
            ("/Admin/Staff", []),
            ("/Admin/Staff/Create", [""]),
            ($"/Admin/Staff/Edit/{staff}", ["", "Deactivate", "Activate", "ResetPassword", "Unlock"]),
            ("/Admin/Departments", []),
            ($"/Admin/Departments/Edit/{department}", ["Rename", "AddChild", "Move", "Leader", "Delete"]),
            ("/Admin/Roles", []),
            ("/Admin/Products", []),
            ("/Admin/Products/Edit", [""]),
            ($"/Admin/Products/Edit/{product.Id}", ["", "Activate", "Deactivate"]),
            ("/Admin/Hospitals", []),
            ("/Admin/Hospitals/Edit", [""]),
            ($"/Admin/Hospitals/Edit/{hospital.Id}", ["", "Activate", "Deactivate"]),
        ];
    }

    [Theory]
    [InlineData("advisor")]
    [InlineData("division")]
    [InlineData("service")]
    public async Task AdminPages_NonAdmin_AreRefusedForEveryGetAndHandler(string userName)
    {
        var browser = await app.SignedInAsync(userName);
        var token = Forms.AntiforgeryToken(await browser.ReadPageAsync("/Customers/Create"));
        var advisor2 = await app.StaffIdAsync("advisor2");

        foreach (var (url, handlers) in await PagesAsync())
        {
            AssertDenied(await browser.GetAsync(url));
            foreach (var handler in handlers)
            {
                var post = handler.Length == 0 ? url : $"{url}?handler={handler}";
                AssertDenied(await browser.PostFormAsync(post, token,
                    [new("Input.UserName", "intruder"), new("Input.Name", "入侵者"), new("Input.Password", "abcd1234"), new("Input.Roles", "Admin"),
                     new("NewPassword", "abcd1234"), new("Name", "改名"), new("ChildName", "新部门"), new("Version", "0")]));
            }
        }

        var untouched = await app.StaffAsync(advisor2);
        Assert.True(untouched.IsActive);
        Assert.Equal("陈顾问", untouched.Name);
        Assert.Equal(0, await app.QueryAsync(db => db.Departments.CountAsync(d => d.Name == "新部门" || d.Name == "改名")));
    }

    [Fact]
    public async Task AdminPages_Anonymous_RedirectToSignIn()
    {
        var browser = app.CreateBrowser();

        var response = await browser.GetAsync("/Admin/Staff");

        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task AdminPages_Admin_OpensEveryPage()
    {
        var browser = await app.SignedInAsync("admin");

        foreach (var (url, _) in await PagesAsync())
        {
            var response = await browser.GetAsync(url);
            Assert.True(response.StatusCode == System.Net.HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}");
        }
    }
}
