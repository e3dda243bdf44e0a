using System.Net;
using CellCrm.Domain.Catalog;
using CellCrm.Testing;
using Microsoft.EntityFrameworkCore;
using static CellCrm.BackOffice.Tests.Customers.CustomerTestData;

namespace CellCrm.BackOffice.Tests.Admin;

/// <summary>/Admin/Products and /Admin/Hospitals: validation in Chinese, 上架/下架, history.</summary>
public class CatalogAdminTests(BackOfficeFactory app) : IClassFixture<BackOfficeFactory>, IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await app.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static List<KeyValuePair<string, string>> ProductForm(string code, string price, string name = "脐带间充质-复苏提取-1.0X10^7") =>
    [
        new("Input.Code", code), new("Input.Type", "StemCell"), new("Input.Name", name), new("Input.CellType", "复苏提取"),
        new("Input.CellAmount", "1.0X10^7"), new("Input.ExtractionApprovalRule", "两个工作日内"), new("Input.PreparationRule", ""),
        new("Input.ReleaseRule", "3个工作日后可安排"), new("Input.Notes", ""), new("Input.PriceYuan", price), new("Input.Version", "0"),
    ];

    [Theory]
    [InlineData("0", "价格必须大于0且不超过1亿元")]
    [InlineData("-5", "价格必须大于0且不超过1亿元")]
    [InlineData("abc", "请输入有效的数字")]
    [InlineData("", "请填写价格")]
    public async Task Create_InvalidPrice_ShowsFieldMessageAndSavesNothing(string price, string message)
    {
        var admin = await app.SignedInAsync("admin");

        var response = await admin.SubmitAsync("/Admin/Products/Edit", ProductForm("UC-R-10", price));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message, FieldMessage(await response.Content.ReadAsStringAsync(), "Input.PriceYuan"));
        Assert.False(await app.QueryAsync(db => db.Products.AnyAsync(p => p.Code == "UC-R-10")));
    }

    [Fact]
    public async Task Create_ThenEditAndDeactivate_RecordsHistory()
    {
        var admin = await app.SignedInAsync("admin");

        var created = await admin.SubmitAsync("/Admin/Products/Edit", ProductForm("UC-R-10", "12800.50"));
        var duplicate = await admin.SubmitAsync("/Admin/Products/Edit", ProductForm("UC-R-10", "100"));

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal("产品编码“UC-R-10”已存在", FieldMessage(await duplicate.Content.ReadAsStringAsync(), "Input.Code"));
        var product = await app.QueryAsync(db => db.Products.AsNoTracking().SingleAsync(p => p.Code == "UC-R-10"));
        Assert.Equal(1_280_050, product.ListPriceFen);
        Assert.Equal(ProductType.StemCell, product.Type);

        var url = $"/Admin/Products/Edit/{product.Id}";
        var edited = await admin.SubmitAsync(url, ProductForm("ignored", "13000", "脐带间充质-复苏提取-1.0X10^7（新）"));
        var deactivated = await admin.PostHandlerAsync(url, "Deactivate");

        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, deactivated.StatusCode);
        var saved = await app.QueryAsync(db => db.Products.AsNoTracking().SingleAsync(p => p.Id == product.Id));
        Assert.Equal("UC-R-10", saved.Code);
        Assert.False(saved.IsActive);
        var text = Forms.VisibleText(await admin.ReadPageAsync(url));
        Assert.Contains("系统管理员 修改产品 价格（分） 1280050 1300000", text);
        Assert.Contains("系统管理员 修改产品 启用 是 否", text);
        Assert.Contains("已下架", Forms.VisibleText(await admin.ReadPageAsync("/Admin/Products")));
    }

    [Fact]
    public async Task Hospital_CreateEditAndDisable()
    {
        var admin = await app.SignedInAsync("admin");

        var missing = await admin.SubmitAsync("/Admin/Hospitals/Edit", [new("Input.Name", "南方医科大学深圳医院"), new("Input.City", ""), new("Input.Version", "0")]);
        var taken = await admin.SubmitAsync("/Admin/Hospitals/Edit", [new("Input.Name", "深圳市妇幼保健院"), new("Input.City", "深圳"), new("Input.Version", "0")]);
        var created = await admin.SubmitAsync("/Admin/Hospitals/Edit",
            [new("Input.Name", "南方医科大学深圳医院"), new("Input.City", "深圳"), new("Input.Region", "宝安"), new("Input.Departments", "产科、血液科"), new("Input.Version", "0")]);

        Assert.Equal("请填写城市", FieldMessage(await missing.Content.ReadAsStringAsync(), "Input.City"));
        Assert.Equal("已有名为“深圳市妇幼保健院”的医院", FieldMessage(await taken.Content.ReadAsStringAsync(), "Input.Name"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var hospital = await app.QueryAsync(db => db.Hospitals.AsNoTracking().SingleAsync(h => h.Name == "南方医科大学深圳医院"));
        Assert.Equal("产科、血液科", hospital.Departments);

        var url = $"/Admin/Hospitals/Edit/{hospital.Id}";
        await admin.PostHandlerAsync(url, "Deactivate");
        var again = await admin.PostHandlerAsync(url, "Deactivate");

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.False((await app.QueryAsync(db => db.Hospitals.AsNoTracking().SingleAsync(h => h.Id == hospital.Id))).IsActive);
        Assert.Contains("该医院已是停用状态", Forms.VisibleText(await admin.ReadPageAsync(url)));
    }

    [Fact]
    public async Task CataloguePages_AnyStaff_SeeActiveItemsOnly()
    {
        var admin = await app.SignedInAsync("admin");
        var product = await app.QueryAsync(db => db.Products.AsNoTracking().OrderBy(p => p.Code).FirstAsync());
        await admin.PostHandlerAsync($"/Admin/Products/Edit/{product.Id}", "Deactivate");
        var advisor = await app.SignedInAsync("advisor");

        var products = await advisor.ReadPageAsync("/Catalog/Products");
        var hospitals = Forms.VisibleText(await advisor.ReadPageAsync("/Catalog/Hospitals"));

        var others = await app.QueryAsync(db => db.Products.AsNoTracking().Where(p => p.Id != product.Id).Select(p => p.Name).ToListAsync());
        var text = Forms.VisibleText(products);
        Assert.All(others.Distinct(), name => Assert.Contains(name, text));
        Assert.Equal(others.Count, System.Text.RegularExpressions.Regex.Matches(products, "<tr>\\s*<td>").Count);
        Assert.DoesNotContain("管理产品", products);
        Assert.Contains("深圳市妇幼保健院", hospitals);
    }
}
