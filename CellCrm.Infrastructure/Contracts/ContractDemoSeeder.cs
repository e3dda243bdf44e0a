using CellCrm.Domain.Approvals;
using CellCrm.Domain.Common;
using CellCrm.Domain.Contracts;
using CellCrm.Domain.Customers;
using CellCrm.Domain.Organization;
using CellCrm.Infrastructure.Approvals;
using CellCrm.Infrastructure.Identity;
using CellCrm.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.Infrastructure.Contracts;

/// <summary>Demo contracts for <c>migrate --demo</c>: list prices for a few products, one market policy of each
/// kind, an approved VIP discount application, and one contract per status for the first advisor's customers —
/// each moved through the same services and approvals staff use. Safe to run again: it seeds contracts only into
/// a database that has none. Not part of the test fixtures' seed, so other tests start without contracts.</summary>
public sealed class ContractDemoSeeder(
    CellCrmDbContext db,
    UserManager<StaffAccount> users,
    MarketPolicyService policies,
    DiscountApplicationService discounts,
    ContractService contracts,
    ApprovalService approvals,
    AccessScopeResolver scopes,
    TimeProvider clock)
{
    /// <summary>Demo list prices in fen by product code.</summary>
    public static readonly IReadOnlyDictionary<string, long> DemoPrices = new Dictionary<string, long>
    {
        ["SC-UC-TBF"] = 68_000_00, ["SC-UC-TBS"] = 38_000_00, ["SC-UC-RX2"] = 12_800_00, ["SC-UC-RX5"] = 26_800_00,
        ["IC-CIK-RX"] = 19_800_00, ["FP3CIK"] = 59_800_00, ["FP4NK"] = 69_800_00, ["FP10CIK"] = 128_000_00,
    };

    public async Task SeedAsync(CancellationToken ct)
    {
        await SeedPricesAsync(ct);
        var today = ChinaTime.Today(clock);
        var stemCells = await db.Products.Where(p => p.Code.StartsWith("SC-")).Select(p => p.Id).ToListAsync(ct);
        var all = await db.Products.Where(p => DemoPrices.Keys.Contains(p.Code)).Select(p => p.Id).ToListAsync(ct);
        var openDay = await PolicyAsync(new PolicyTerms("CGZC0001", "开放日政策", PolicyKind.Ordinary, "开放日活动现场签约，参与产品九折",
            today.AddDays(-30), today.AddYears(1), DiscountKind.Percentage, 10, null, null, false, all), ct);
        var vip = await PolicyAsync(new PolicyTerms("CGZC0007", "公司特殊VIP", PolicyKind.Vip, "公司特殊VIP客户，最低七折，且不低于底价",
            today.AddDays(-30), today.AddYears(1), DiscountKind.Percentage, 30, null, 10_000_00, true, all), ct);
        await PolicyAsync(new PolicyTerms("CGZC0008", "医疗优惠", PolicyKind.Medical, "医疗合作单位推荐客户，每份立减2000元",
            today.AddDays(-30), today.AddYears(1), DiscountKind.AmountOff, null, 2_000_00, null, true, stemCells), ct);
        await PolicyAsync(new PolicyTerms("CGZC0009", "公司员工", PolicyKind.Staff, null,
            today.AddDays(-30), today.AddYears(1), DiscountKind.Percentage, 20, null, null, true, all), ct);

        if (await db.Contracts.AnyAsync(ct) || await users.FindByNameAsync("advisor") is not { } advisorAccount)
        {
            return;
        }

        var advisor = await db.Staff.AsNoTracking().Where(s => s.Id == advisorAccount.Id).Select(s => new { s.Id, s.Name, s.DepartmentId }).FirstAsync(ct);
        var me = new StaffRef(advisor.Id, advisor.Name);
        var scope = await scopes.ResolveAsync(advisor.Id, ct);
        var customers = await db.Customers.AsNoTracking().Where(c => c.OwnerId == advisor.Id && c.Status == CustomerStatus.Active)
            .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id).Select(c => new { c.Id, c.Mobile }).ToListAsync(ct);
        var hospital = await db.Hospitals.AsNoTracking().OrderBy(h => h.Name).Select(h => h.Id).FirstOrDefaultAsync(ct);
        var product = await db.Products.AsNoTracking().Where(p => p.Code == "SC-UC-TBF").Select(p => p.Id).FirstOrDefaultAsync(ct);
        var second = await db.Products.AsNoTracking().Where(p => p.Code == "SC-UC-RX2").Select(p => p.Id).FirstOrDefaultAsync(ct);
        if (customers.Count == 0 || hospital == Guid.Empty || product == Guid.Empty || second == Guid.Empty)
        {
            return;
        }

        var service = await users.FindByNameAsync("service") is { } serviceAccount
            ? new StaffRef(serviceAccount.Id, await db.Staff.Where(s => s.Id == serviceAccount.Id).Select(s => s.Name).FirstAsync(ct))
            : null;

        async Task<Guid> NewAsync(int customer, ContractOrderType type, MarketPolicy? policy = null, Guid? application = null, long? discounted = null)
        {
            var c = customers[customer % customers.Count];
            var details = new ContractDetails(ContractBusinessType.CellHealth, type, c.Id, null, c.Mobile, true, hospital, "产科", "深圳市",
                clock.GetUtcNow(), CertificateType.Electronic, false, "演示数据", []);
            LineRequest[] lines = [new(product, 1, discounted), new(second, 1, null)];
            var created = await contracts.CreateAsync(new ContractDraft(details, lines, policy?.Id, application), me, advisor.DepartmentId, scope, ct);
            return created.Id;
        }

        async Task<int> VersionAsync(Guid id) => await db.Contracts.AsNoTracking().Where(c => c.Id == id).Select(c => c.Version).FirstAsync(ct);

        async Task ReviewAsync(Guid id, bool approve)
        {
            var request = await contracts.ReviewApprovalAsync(id, ct);
            if (service is not null && request is not null)
            {
                if (approve)
                {
                    await approvals.ApproveAsync(request.Id, service, "资料齐全", ct);
                }
                else
                {
                    await approvals.RejectAsync(request.Id, service, "扫描件缺少客户签名页，请重新上传", ct);
                }
            }
        }

        // 草稿, with the open-day policy.
        await NewAsync(0, ContractOrderType.Electronic, openDay, discounted: 61_200_00);

        // 待签署 (electronic, waiting for the customer).
        var pending = await NewAsync(1, ContractOrderType.Electronic);
        await contracts.SubmitAsync(pending, await VersionAsync(pending), me, ct);

        // 已签署 (paper, scan uploaded, not yet sent to review).
        var signed = await NewAsync(2, ContractOrderType.Paper);
        await contracts.SubmitAsync(signed, await VersionAsync(signed), me, ct);
        await UploadDemoScanAsync(signed, me, ct);

        // 客服审核中 (an order without signature goes to review on submit).
        var inReview = await NewAsync(0, ContractOrderType.PublicBank);
        await contracts.SubmitAsync(inReview, await VersionAsync(inReview), me, ct);

        // 已生效, with an approved VIP discount.
        var application = await discounts.ApplyAsync(new DiscountRequest(customers[1 % customers.Count].Id, vip.Id, "老客户转介绍",
            "客户为公司特殊VIP，申请七折优惠", DemoPrices["SC-UC-TBF"], 20_400_00), me, scope, ct);
        await ApproveAllStepsAsync(application.Id, ct);
        var effective = await NewAsync(1, ContractOrderType.Paper, vip, application.Id, 47_600_00);
        await contracts.SubmitAsync(effective, await VersionAsync(effective), me, ct);
        await UploadDemoScanAsync(effective, me, ct);
        await contracts.SubmitForReviewAsync(effective, await VersionAsync(effective), me, ct);
        await ReviewAsync(effective, approve: true);

        // 客服驳回 of a paper scan: back to 待签署 with the reason, waiting for a corrected scan.
        var rejected = await NewAsync(2, ContractOrderType.Paper);
        await contracts.SubmitAsync(rejected, await VersionAsync(rejected), me, ct);
        await UploadDemoScanAsync(rejected, me, ct);
        await contracts.SubmitForReviewAsync(rejected, await VersionAsync(rejected), me, ct);
        await ReviewAsync(rejected, approve: false);

        // 已终止 and 已变更 through (demo) agreements.
        foreach (var (index, terminate) in new[] { (0, true), (2, false) })
        {
            var id = await NewAsync(index, ContractOrderType.PickupOrTransfer);
            await contracts.SubmitAsync(id, await VersionAsync(id), me, ct);
            await ReviewAsync(id, approve: true);
            var contract = await db.Contracts.Include(c => c.Lines).FirstAsync(c => c.Id == id, ct);
            if (terminate)
            {
                contract.Terminate("R-03演示协议", clock.GetUtcNow());
            }
            else
            {
                var kept = contract.Lines.OrderBy(l => l.Sort).First();
                contract.ChangeItems("变更演示协议", [new LineDraft(kept.ProductId, kept.ProductCode, kept.ProductName, kept.UnitListPriceFen, kept.Quantity, null)],
                    clock.GetUtcNow());
            }

            await db.SaveChangesAsync(ct);
        }
    }

    private async Task ApproveAllStepsAsync(Guid applicationId, CancellationToken ct)
    {
        for (var i = 0; i < 5; i++)
        {
            var request = await db.ApprovalRequests.AsNoTracking().Include(r => r.Steps).ThenInclude(s => s.Assignees)
                .AsSplitQuery().FirstAsync(r => r.SubjectId == applicationId, ct);
            if (request.Status != ApprovalStatus.Pending || request.CurrentStep?.Assignees.FirstOrDefault() is not { } assignee)
            {
                return;
            }

            var name = await db.Staff.Where(s => s.Id == assignee.StaffId).Select(s => s.Name).FirstAsync(ct);
            await approvals.ApproveAsync(request.Id, new StaffRef(assignee.StaffId, name), "同意", ct);
        }
    }

    /// <summary>A one-page PDF standing in for the scan of a signed paper contract.</summary>
    private async Task UploadDemoScanAsync(Guid id, StaffRef me, CancellationToken ct)
    {
        var version = await db.Contracts.AsNoTracking().Where(c => c.Id == id).Select(c => c.Version).FirstAsync(ct);
        using var pdf = new MemoryStream(DemoScan(id));
        var result = await contracts.UploadScanAsync(id, version, pdf, "纸质合同扫描件.pdf", me, ct);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(result.Error);
        }
    }

    public static byte[] DemoScan(Guid id) =>
        System.Text.Encoding.ASCII.GetBytes($"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n% demo scan {id:N}\ntrailer<</Root 1 0 R>>\n%%EOF\n");

    private async Task SeedPricesAsync(CancellationToken ct)
    {
        var codes = DemoPrices.Keys.ToList();
        foreach (var product in await db.Products.Where(p => codes.Contains(p.Code) && p.ListPriceFen == null).ToListAsync(ct))
        {
            product.SetListPrice(DemoPrices[product.Code]);
        }

        await db.SaveChangesAsync(ct);
    }

    private async Task<MarketPolicy> PolicyAsync(PolicyTerms terms, CancellationToken ct) =>
        await db.MarketPolicies.Include(p => p.Products).FirstOrDefaultAsync(p => p.Code == terms.Code, ct)
        ?? await policies.CreateAsync(terms, ct);
}
