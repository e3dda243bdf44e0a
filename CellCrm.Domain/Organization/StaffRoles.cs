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
        new(Advisor, "顾问", DataScope.Own),
        new(TeamLeader, "组长", DataScope.DepartmentSubtree),
        new(RegionalManager, "区域经理", DataScope.DepartmentSubtree),
        new(DivisionLeader, "分管领导", DataScope.DepartmentSubtree),
        new(CustomerService, "客服", DataScope.All),
        new(HealthSpecialist, "细胞健康专员", DataScope.All),
        new(MedicalExpert, "医学专家", DataScope.All),
        new(HealthManager, "健康管理师", DataScope.All),
        new(Finance, "财务", DataScope.All),
        new(Warehouse, "仓库", DataScope.All),
        new(Admin, "管理员", DataScope.All),
    ];

    public static string DisplayName(string role) =>
        All.FirstOrDefault(r => r.Name == role)?.DisplayName ?? role;
}
