using CellCrm.Domain.Approvals;
using CellCrm.Domain.Organization;
using CellCrm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.Infrastructure.Approvals;

/// <summary>Finds the people behind each configured step for one request: by role, by the leaders up the
/// submitter's department tree, by the leader of the department the request concerns, or a named person.</summary>
public sealed class ApproverResolver(CellCrmDbContext db)
{
    public async Task<IReadOnlyList<ResolvedStep>> ResolveAsync(ApprovalFlowDefinition flow, Guid submitterId, Guid submitterDepartmentId,
        Guid? contextDepartmentId, long? amountFen, CancellationToken ct)
    {
        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, ct);
        var staff = await db.Staff.AsNoTracking().Where(s => s.IsActive).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        var result = new List<ResolvedStep>();
        foreach (var step in flow.StepsFor(amountFen).OrderBy(s => s.Order))
        {
            IReadOnlyList<Guid> ids = step.Kind switch
            {
                ApproverKind.Role => await StaffInRoleAsync(step.Role!, ct),
                ApproverKind.SubmitterLeader => LeaderAbove(departments, submitterDepartmentId, submitterId, _ => true),
                ApproverKind.LeaderWithRoleAbove => LeaderAbove(departments, submitterDepartmentId, submitterId,
                    new HashSet<Guid>(await StaffInRoleAsync(step.Role!, ct)).Contains),
                ApproverKind.ContextDepartmentLeader => LeaderAbove(departments, contextDepartmentId ?? submitterDepartmentId, submitterId, _ => true),
                ApproverKind.NamedStaff => [step.StaffId!.Value],
            };
            result.Add(new ResolvedStep(step.Name, ids.Where(staff.ContainsKey).Select(id => new StaffRef(id, staff[id])).ToList()));
        }

        return result;
    }

    private async Task<IReadOnlyList<Guid>> StaffInRoleAsync(string role, CancellationToken ct) =>
        await db.UserRoles.Join(db.Roles.Where(r => r.Name == role), ur => ur.RoleId, r => r.Id, (ur, _) => ur.UserId).ToListAsync(ct);

    /// <summary>The first leader going up from <paramref name="departmentId"/> who is not the submitter and passes
    /// <paramref name="qualifies"/>.</summary>
    private static IReadOnlyList<Guid> LeaderAbove(Dictionary<Guid, Department> departments, Guid departmentId, Guid submitterId, Func<Guid, bool> qualifies)
    {
        for (var current = departments.GetValueOrDefault(departmentId); current is not null; current = current.ParentId is { } p ? departments.GetValueOrDefault(p) : null)
        {
            if (current.LeaderId is { } leader && leader != submitterId && qualifies(leader))
            {
                return [leader];
            }
        }

        return [];
    }
}
