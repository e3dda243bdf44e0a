using System.Globalization;
using System.Net;
using CellCrm.Domain.Common;
using CellCrm.Testing;
using static CellCrm.BackOffice.Tests.Customers.CustomerTestData;

namespace CellCrm.BackOffice.Tests.Customers;

/// <summary>The customer form refuses a birthday after today (China time) and a value that is not a date.</summary>
public class CustomerBirthdayTests(BackOfficeFactory app) : IClassFixture<BackOfficeFactory>, IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await app.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private string Day(int offset) => ChinaTime.Today(app.Clock).AddDays(offset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Create_BirthdayTomorrow_IsRefusedWithFieldMessage()
    {
        var browser = await app.SignedInAsync("advisor");

        var response = await browser.SubmitAsync("/Customers/Create", Form("赵小红", "18612345678", ("Birthday", Day(1))));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("出生日期不能晚于今天", FieldMessage(await response.Content.ReadAsStringAsync(), "Input.Birthday"));
        Assert.Null(await app.FindCustomerAsync("18612345678"));
    }

    [Fact]
    public async Task Create_BirthdayToday_IsAccepted()
    {
        var browser = await app.SignedInAsync("advisor");

        var response = await browser.SubmitAsync("/Customers/Create", Form("赵小红", "18612345678", ("Birthday", Day(0))));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.NotNull(await app.FindCustomerAsync("18612345678"));
    }

    [Fact]
    public async Task Create_BirthdayNotADate_ShowsChineseBindingMessage()
    {
        var browser = await app.SignedInAsync("advisor");

        var response = await browser.SubmitAsync("/Customers/Create", Form("赵小红", "18612345678", ("Birthday", "明天")));

        Assert.Equal("请输入有效的日期", FieldMessage(await response.Content.ReadAsStringAsync(), "Input.Birthday"));
    }
}
