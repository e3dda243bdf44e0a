using CellCrm.Domain.Common;
using CellCrm.Domain.Contracts;
using CellCrm.Infrastructure.Contracts;
using CellCrm.Infrastructure.Persistence;
using CellCrm.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CellCrm.BackOffice.Tests.Contracts;

/// <summary>What the contract tests start from: priced products, an ordinary and a VIP policy, ids of demo data.</summary>
internal sealed record ContractTestData(Guid Stem, Guid Immune, Guid Hospital, Guid OpenDay, Guid Vip, Guid Zhang, Guid Liu)
{
    /// <summary>脐带间充质 68,000.00 and CIK 19,800.00 yuan; 开放日 (ordinary, ≤ 10 % off the stem product);
    /// 公司特殊VIP (≤ 30 % off, needs an application).</summary>
    public static Task<ContractTestData> PrepareAsync(BackOfficeFactory app) => app.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<CellCrmDbContext>();
        var stem = await db.Products.SingleAsync(p => p.Code == "SC-UC-TBF");
        var immune = await db.Products.SingleAsync(p => p.Code == "IC-CIK-RX");
        stem.SetListPrice(68_000_00);
        immune.SetListPrice(19_800_00);
        await db.SaveChangesAsync();
        var today = ChinaTime.Today(app.Clock);
        var policies = sp.GetRequiredService<MarketPolicyService>();
        var openDay = await policies.CreateAsync(new PolicyTerms("CGZC0001", "开放日政策", PolicyKind.Ordinary, null, today.AddDays(-1), today.AddDays(30),
            DiscountKind.Percentage, 10, null, null, false, [stem.Id]), CancellationToken.None);
        var vip = await policies.CreateAsync(new PolicyTerms("CGZC0007", "公司特殊VIP", PolicyKind.Vip, null, today.AddDays(-1), today.AddDays(30),
            DiscountKind.Percentage, 30, null, null, true, [stem.Id]), CancellationToken.None);
        var hospital = await db.Hospitals.OrderBy(h => h.Name).Select(h => h.Id).FirstAsync();
        var zhang = await db.Customers.Where(c => c.Name == "张晓梅").Select(c => c.Id).SingleAsync();
        var liu = await db.Customers.Where(c => c.Name == "刘强").Select(c => c.Id).SingleAsync();
        return new ContractTestData(stem.Id, immune.Id, hospital, openDay.Id, vip.Id, zhang, liu);
    });

    /// <summary>The create form's fields for Zhang: one stem line (optionally discounted) and one CIK line.</summary>
    public List<KeyValuePair<string, string>> Form(string orderType = "Paper", string? stemAfter = null, Guid? policy = null, Guid? application = null) =>
    [
        new("Input.CustomerId", Zhang.ToString()), new("Input.BusinessType", "CellHealth"), new("Input.OrderType", orderType),
        new("Input.Mobile", "13800138000"), new("Input.StorerIsCustomer", "true"), new("Input.HospitalId", Hospital.ToString()),
        new("Input.HospitalDepartment", "产科"), new("Input.StorageCity", "深圳市"), new("Input.CertificateType", "Electronic"),
        new("Input.CharityOptIn", "true"), new("Input.UsePolicy", policy is null ? "false" : "true"),
        new("Input.MarketPolicyId", policy?.ToString() ?? ""), new("Input.DiscountApplicationId", application?.ToString() ?? ""),
        new("Input.Lines[0].ProductId", Stem.ToString()), new("Input.Lines[0].Quantity", "1"), new("Input.Lines[0].AmountAfter", stemAfter ?? ""),
        new("Input.Lines[1].ProductId", Immune.ToString()), new("Input.Lines[1].Quantity", "1"), new("Input.Lines[1].AmountAfter", ""),
    ];
}
