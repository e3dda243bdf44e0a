using CellCrm.Domain.Customers;
using CellCrm.Domain.Organization;
using CellCrm.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.Infrastructure.Persistence.Seed;

/// <summary>Demo data for the embedded default and tests: an organisation tree with leaders, one account per
/// role (plus a second advisor to show data scope), hospitals, the §6.2 product catalogue and a few customers.
/// Safe to run again: what exists is left alone.</summary>
public sealed class DemoSeeder(CellCrmDbContext db, UserManager<StaffAccount> users, TimeProvider clock)
{
    /// <summary>Password of every demo account; printed by the run command. Demo data only.</summary>
    public const string DemoPassword = "cellcrm2026";

    public static readonly IReadOnlyList<DemoAccount> Accounts =
    [
        new("admin", "系统管理员", StaffRoles.Admin, "信息部"),
        new("division", "李分管", StaffRoles.DivisionLeader, "营销中心"),
        new("regional", "王区域", StaffRoles.RegionalManager, "华南区域"),
        new("leader", "赵组长", StaffRoles.TeamLeader, "深圳一组"),
        new("advisor", "郭顾问", StaffRoles.Advisor, "深圳一组"),
        new("advisor2", "陈顾问", StaffRoles.Advisor, "深圳二组"),
        new("service", "周客服", StaffRoles.CustomerService, "客户服务部"),
        new("specialist", "吴专员", StaffRoles.HealthSpecialist, "细胞健康部"),
        new("expert", "郑专家", StaffRoles.MedicalExpert, "医学部"),
        new("healthmgr", "冯健康", StaffRoles.HealthManager, "医学部"),
        new("finance", "孙财务", StaffRoles.Finance, "财务部"),
        new("warehouse", "钱仓库", StaffRoles.Warehouse, "仓储部"),
    ];

    public async Task SeedAsync(CancellationToken ct)
    {
        var departments = await SeedDepartmentsAsync(ct);
        await SeedAccountsAsync(departments, ct);
        await SeedCatalogAsync(ct);
        await SeedCustomersAsync(ct);
    }

    private async Task<Dictionary<string, Department>> SeedDepartmentsAsync(CancellationToken ct)
    {
        var existing = await db.Departments.ToListAsync(ct);
        if (existing.Count > 0)
        {
            return existing.GroupBy(d => d.Name).ToDictionary(g => g.Key, g => g.First());
        }

        var root = Department.CreateRoot("深圳综合细胞库");
        var marketing = root.AddChild("营销中心", 1);
        var south = marketing.AddChild("华南区域", 1);
        var all = new List<Department>
        {
            root, marketing, south, south.AddChild("深圳一组", 1), south.AddChild("深圳二组", 2),
            root.AddChild("客户服务部", 2), root.AddChild("医学部", 3), root.AddChild("细胞健康部", 4),
            root.AddChild("财务部", 5), root.AddChild("仓储部", 6), root.AddChild("信息部", 7),
        };
        db.Departments.AddRange(all);
        await db.SaveChangesAsync(ct);
        return all.ToDictionary(d => d.Name);
    }

    private async Task SeedAccountsAsync(Dictionary<string, Department> departments, CancellationToken ct)
    {
        foreach (var account in Accounts)
        {
            if (await users.FindByNameAsync(account.UserName) is not null)
            {
                continue;
            }

            var department = departments[account.Department];
            var member = new StaffMember(account.Name, department.Id, StaffRoles.DisplayName(account.Role));
            db.Staff.Add(member);
            await db.SaveChangesAsync(ct);
            var login = new StaffAccount { Id = member.Id, UserName = account.UserName };
            Check(await users.CreateAsync(login, DemoPassword));
            Check(await users.AddToRoleAsync(login, account.Role));
            if (account.Role is StaffRoles.DivisionLeader or StaffRoles.RegionalManager or StaffRoles.TeamLeader)
            {
                department.AssignLeader(member.Id);
                await db.SaveChangesAsync(ct);
            }
        }
    }

    private async Task SeedCatalogAsync(CancellationToken ct)
    {
        var codes = await db.Products.Select(p => p.Code).ToListAsync(ct);
        db.Products.AddRange(DemoCatalog.Products().Where(p => !codes.Contains(p.Code)));
        var hospitals = await db.Hospitals.Select(h => h.Name).ToListAsync(ct);
        db.Hospitals.AddRange(DemoCatalog.Hospitals().Where(h => !hospitals.Contains(h.Name)));
        await db.SaveChangesAsync(ct);
    }

    private async Task SeedCustomersAsync(CancellationToken ct)
    {
        if (await db.Customers.AnyAsync(ct))
        {
            return;
        }

        var advisor = await StaffByUserName("advisor", ct);
        var advisor2 = await StaffByUserName("advisor2", ct);
        var now = clock.GetUtcNow();
        (string Name, string Mobile, string? IdBody, Gender Gender, StaffMember Owner)[] demo =
        [
            ("张晓梅", "13800138000", "44030519850312002", Gender.Female, advisor),
            ("李建国", "13912345678", "44030419620805113", Gender.Male, advisor),
            ("王丽", "13600001111", null, Gender.Female, advisor),
            ("刘强", "13700002222", "11010519781120457", Gender.Male, advisor2),
            ("陈静", "13500003333", null, Gender.Female, advisor2),
        ];
        foreach (var (name, mobile, idBody, gender, owner) in demo)
        {
            var family = new FamilyArchive(name, now);
            db.FamilyArchives.Add(family);
            var profile = new CustomerProfile
            {
                Name = name,
                Mobile = mobile,
                Gender = gender,
                IdType = idBody is null ? null : IdDocumentType.MainlandIdCard,
                IdNumber = idBody is null ? null : idBody + IdDocument.MainlandCheckCharacter(idBody),
                SourceChannel = SourceChannel.Hospital,
                IntendedProduct = "干细胞",
                SigningIntention = SigningIntention.Medium,
            };
            db.Customers.Add(new Customer(profile, owner.Id, owner.DepartmentId, family.Id, now));
        }

        await db.SaveChangesAsync(ct);
    }

    private async Task<StaffMember> StaffByUserName(string userName, CancellationToken ct)
    {
        var account = await users.FindByNameAsync(userName) ?? throw new InvalidOperationException($"Demo account {userName} is missing.");
        return await db.Staff.SingleAsync(s => s.Id == account.Id, ct);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
