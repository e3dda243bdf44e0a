namespace CellCrm.Domain.Organization;

/// <summary>The roles of SPEC §1. Names are stable identifiers; <see cref="DisplayName"/> is what staff read.</summary>
public static class StaffRoles
{
    public const string Advisor = "Advisor";
    public const string TeamLeader = "TeamLeader";
    public const string RegionalManager = "RegionalManager";
    public const string DivisionLeader = "DivisionLeader";
    public const string CustomerService = "CustomerService";
    public const string HealthSpecialist = "HealthSpecialist";
    public const string MedicalExpert = "MedicalExpert";
    public const string HealthManager = "HealthManager";
    public const string Finance = "Finance";
    public const string Warehouse = "Warehouse";
    public const string Admin = "Admin";

    public static readonly IReadOnlyList<RoleDefinition> All =
    [
        new(Advisor, "顾问", DataScope.Own, "客户、跟进、需求清单、合同，推送任务和缴费通知"),
        new(TeamLeader, "组长", DataScope.DepartmentSubtree, "审批本组工作，查看本部门数据"),
        new(RegionalManager, "区域经理", DataScope.DepartmentSubtree, "审批本区域工作，查看本部门及下级数据"),
        new(DivisionLeader, "分管领导", DataScope.DepartmentSubtree, "审批分管部门工作（含跨部门共享），查看本部门及下级数据"),
        new(CustomerService, "客服", DataScope.All, "人工实名审核（24小时内），签署后的合同审核"),
        new(HealthSpecialist, "细胞健康专员", DataScope.All, "发放预约和计划、细胞接收、回访"),
        new(MedicalExpert, "医学专家", DataScope.All, "审阅报告和调查表，出具健康方案"),
        new(HealthManager, "健康管理师", DataScope.All, "确认回访记录，处理不良反应"),
        new(Finance, "财务", DataScope.All, "收款、退款、发票、对账"),
        new(Warehouse, "仓库", DataScope.All, "物料申请、库存、快递单号"),
        new(Admin, "管理员", DataScope.All, "员工账号、部门、角色、模板、产品、政策"),
    ];

    public static string ScopeLabel(DataScope scope) => scope switch
    {
        DataScope.Own => "本人",
        DataScope.DepartmentSubtree => "本部门及下级",
        DataScope.All => "全部",
    };

    public static string DisplayName(string role) =>
        All.FirstOrDefault(r => r.Name == role)?.DisplayName ?? role;
}
