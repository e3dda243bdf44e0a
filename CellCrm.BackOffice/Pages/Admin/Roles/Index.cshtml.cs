using CellCrm.BackOffice.Services;
using CellCrm.Domain.Organization;
using CellCrm.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Pages.Admin.Roles;

/// <summary>The roles of SPEC §1 with what they do, their data scope and who has them. Roles are given and taken
/// on the staff member's edit page.</summary>
public class IndexModel(CellCrmDbContext db) : PageModel
{
    public IReadOnlyList<RoleRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var roles = await db.Roles.AsNoTracking().ToListAsync(ct);
        var members = (await (from ur in db.UserRoles
                              join s in db.Staff on ur.UserId equals s.Id
                              select new { ur.RoleId, s.Id, s.Name, s.IsActive }).ToListAsync(ct))
            .ToLookup(x => x.RoleId);
        Rows = StaffRoles.All.Select(definition =>
        {
            var role = roles.FirstOrDefault(r => r.Name == definition.Name);
            var people = role is null ? [] : members[role.Id].OrderBy(m => m.Name).ToList();
            return new RoleRow(
                definition.Name,
                role?.DisplayName ?? definition.DisplayName,
                string.IsNullOrWhiteSpace(role?.Description) ? definition.Description : role.Description,
                StaffRoles.ScopeLabel(role?.DataScope ?? definition.DefaultScope),
                people.Count(p => p.IsActive),
                people.Select(p => new StaffChoice(p.Id, p.IsActive ? p.Name : p.Name + "（已停用）")).ToList());
        }).ToList();
    }

    public sealed record RoleRow(string Name, string DisplayName, string Description, string Scope, int ActiveCount, IReadOnlyList<StaffChoice> Members);
}
