using CellCrm.Domain.Agreements;
using CellCrm.Domain.Catalog;
using CellCrm.Domain.Common;
using CellCrm.Domain.Contracts;
using CellCrm.Domain.Customers;
using CellCrm.Domain.Organization;
using CellCrm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Services;

/// <summary>修改记录 of one business object (and its children), in words staff read: Chinese field names,
/// enum labels, and names instead of ids for staff and departments.</summary>
public sealed class AuditHistory(CellCrmDbContext db)
{
    private static readonly Dictionary<string, string> Labels = new()
    {
        ["Name"] = "名称/姓名", ["Mobile"] = "手机号码", ["Gender"] = "性别", ["Birthday"] = "生日", ["IdType"] = "证件类型",
        ["IdNumber"] = "证件号码", ["WeChatId"] = "微信号", ["Occupation"] = "职业", ["Address"] = "地址",
        ["SourceChannel"] = "来源渠道", ["SourceType"] = "来源类型", ["Inviter"] = "邀约人", ["IntendedProduct"] = "意向产品",
        ["SigningIntention"] = "签约意向", ["Remarks"] = "备注", ["OwnerId"] = "负责人", ["DepartmentId"] = "所属部门",
        ["FamilyArchiveId"] = "家庭档案", ["LastFollowUpAt"] = "最近跟进", ["NextFollowUpAt"] = "下次跟进",
        ["ParentId"] = "上级部门", ["LeaderId"] = "负责人", ["SortOrder"] = "排序", ["Title"] = "职位", ["IsActive"] = "启用",
        ["City"] = "城市", ["Region"] = "区域", ["AllowSelfApproval"] = "允许审批本人申请",
        ["Roles"] = "角色", ["Password"] = "密码", ["Lockout"] = "登录锁定", ["UserName"] = "登录名", ["DataScope"] = "数据权限",
        ["Departments"] = "合作科室", ["Type"] = "产品类型", ["CellType"] = "细胞类型", ["CellAmount"] = "细胞量",
        ["ExtractionApprovalRule"] = "提取单审批流程时间", ["PreparationRule"] = "制备时间", ["ReleaseRule"] = "发放时间",
        ["Notes"] = "备注", ["ListPriceFen"] = "价格（分）", ["Code"] = "编码",
        ["Status"] = "状态", ["AmountFen"] = "合同金额（分）", ["AmountBeforeFen"] = "优惠前金额（分）", ["AmountAfterFen"] = "优惠后金额（分）",
        ["Quantity"] = "数量", ["MarketPolicyName"] = "市场政策", ["OrderType"] = "合同/订单类型", ["BusinessType"] = "业务类型",
        ["StorageCity"] = "储存地点", ["HospitalDepartment"] = "签约科室", ["ReviewRejectionReason"] = "驳回原因", ["PaperScanFileId"] = "纸质合同扫描件",
        ["ValidFrom"] = "生效日期", ["ValidTo"] = "失效日期", ["PercentOff"] = "优惠比例", ["AmountOffFen"] = "立减金额（分）", ["FloorPriceFen"] = "底价（分）", ["RevokeReason"] = "撤销原因",
        ["QuestionnaireSignedAt"] = "健康调查签名时间", ["QuestionnairePushedAt"] = "推送健康调查时间",
    };

    private static readonly Dictionary<string, string> EntityLabels = new()
    {
        [nameof(Customer)] = "客户", [nameof(FollowUp)] = "跟进记录", [nameof(CustomerTag)] = "标签",
        [nameof(Department)] = "部门", [nameof(StaffMember)] = "员工",
        ["ApprovalFlowDefinition"] = "审批流程", ["ApprovalStepDefinition"] = "审批步骤",
        ["Product"] = "产品", ["Hospital"] = "医院",
        ["CustomerTask"] = "推送任务", ["PaymentLink"] = "线上收款",
        ["Contract"] = "合同", ["ContractLine"] = "合同产品", ["ContractDemandList"] = "关联需求清单", ["MarketPolicy"] = "市场政策",
        ["MarketPolicyProduct"] = "参与产品",
        ["StoredFile"] = "文件",
        ["DemandList"] = "需求清单", ["SubmittedQuestionnaire"] = "签名的健康调查",
        ["SupplementaryAgreement"] = "补充协议", ["SupplementaryAgreementLine"] = "补充协议明细",
    };

    public async Task<IReadOnlyList<AuditLine>> ForAsync(Guid rootId, CancellationToken ct)
    {
        var entries = await db.AuditEntries.AsNoTracking().Where(a => a.RootId == rootId)
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id).Take(200).ToListAsync(ct);
        var ids = entries.SelectMany(e => new[] { e.OldValue, e.NewValue })
            .Select(v => Guid.TryParse(v, out var g) ? g : (Guid?)null).OfType<Guid>().Distinct().ToList();
        var names = ids.Count == 0
            ? new Dictionary<Guid, string>()
            : (await db.Staff.AsNoTracking().Where(s => ids.Contains(s.Id)).Select(s => new { s.Id, s.Name }).ToListAsync(ct))
                .Concat(await db.Departments.AsNoTracking().Where(d => ids.Contains(d.Id)).Select(d => new { d.Id, d.Name }).ToListAsync(ct))
                .Concat(await db.FamilyArchives.AsNoTracking().Where(f => ids.Contains(f.Id)).Select(f => new { f.Id, f.Name }).ToListAsync(ct))
                .ToDictionary(x => x.Id, x => x.Name);

        return entries.Select(e => new AuditLine(
            e.At,
            e.ActorName,
            Describe(e),
            e.Action == AuditAction.Modified ? Label(e.Field) : "",
            Display(e.OldValue, names),
            Display(e.NewValue, names))).ToList();
    }

    private static string Describe(AuditEntry e)
    {
        var what = EntityLabels.GetValueOrDefault(e.EntityType, e.EntityType);
        return e.Action switch
        {
            AuditAction.Created => $"新建{what}",
            AuditAction.Deleted => $"删除{what}",
            AuditAction.Modified => $"修改{what}",
        };
    }

    private static string Label(string field) => Labels.GetValueOrDefault(field, field);

    private static string? Display(string? value, IReadOnlyDictionary<Guid, string> names)
    {
        if (value is null)
        {
            return null;
        }

        if (Guid.TryParse(value, out var id))
        {
            return names.GetValueOrDefault(id, "（已删除）");
        }

        return value switch
        {
            "True" => "是",
            "False" => "否",
            _ => EnumLabel(value) ?? value,
        };
    }

    // Enum.TryParse also accepts numbers ("1"), which would turn a sort order or a price into a label.
    private static string? EnumLabel(string value) =>
        value.Length == 0 || char.IsDigit(value[0]) || value[0] == '-' ? null
        : Enum.TryParse<Gender>(value, out var g) && Enum.IsDefined(g) ? CustomerLabels.Of(g)
        : Enum.TryParse<SourceChannel>(value, out var s) && Enum.IsDefined(s) ? CustomerLabels.Of(s)
        : Enum.TryParse<SigningIntention>(value, out var i) && Enum.IsDefined(i) ? CustomerLabels.Of(i)
        : Enum.TryParse<FollowUpType>(value, out var f) && Enum.IsDefined(f) ? CustomerLabels.Of(f)
        : Enum.TryParse<IdDocumentType>(value, out var d) && Enum.IsDefined(d) ? IdDocument.DisplayName(d)
        : Enum.TryParse<DataScope>(value, out var scope) && Enum.IsDefined(scope) ? StaffRoles.ScopeLabel(scope)
        : Enum.TryParse<ProductType>(value, out var type) && Enum.IsDefined(type) ? Product.Label(type)
        : Enum.TryParse<ContractStatus>(value, out var status) && Enum.IsDefined(status) ? ContractLabels.Of(status)
        : Enum.TryParse<AgreementStatus>(value, out var agreement) && Enum.IsDefined(agreement) ? AgreementLabels.Of(agreement)
        : null;
}
