using CellCrm.Domain.Customers;
using CellCrm.Domain.Organization;
using CellCrm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Services;

/// <summary>查重 before a save (§3.1): a hit the staff member may see is named and linked; a hit outside their
/// data scope is only reported as existing, with the cross-department share request (§4.2) as the way forward.</summary>
public sealed class CustomerDuplicateCheck(CellCrmDbContext db, ICustomerDuplicateFinder finder)
{
    public const string OtherDepartmentMessage = "该客户已存在于其他部门，您无权查看。可提交跨部门客户共享申请，审批通过后可共享该客户。";
    public const string SameDepartmentMessage = "该客户已由本部门其他同事登记，您无权查看。如需跟进，请联系您的组长。";

    public async Task<IReadOnlyList<DuplicateNotice>> FindAsync(CustomerProfile profile, Guid? exceptId, AccessScope scope, CancellationToken ct)
    {
        var idNumber = string.IsNullOrWhiteSpace(profile.IdNumber) ? null : profile.IdNumber;
        var hits = await finder.FindAsync(profile.Mobile, profile.IdType, idNumber, exceptId, ct);
        if (hits.Count == 0)
        {
            return [];
        }

        var visibleIds = hits.Where(h => scope.Covers(h.CustomerId, h.OwnerId, h.DepartmentId)).Select(h => h.CustomerId).ToList();
        var names = visibleIds.Count == 0
            ? []
            : await db.Customers.AsNoTracking().Where(c => visibleIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        return hits.Select(h => names.TryGetValue(h.CustomerId, out var name)
                ? new DuplicateNotice(h.Field, $"该{FieldLabel(h.Field)}已被客户“{name}”使用，请勿重复建档", h.CustomerId, name, false)
                : scope.DepartmentIds.Contains(h.DepartmentId)
                    ? new DuplicateNotice(h.Field, SameDepartmentMessage, null, null, false)
                    : new DuplicateNotice(h.Field, OtherDepartmentMessage, null, null, true))
            .ToList();
    }

    private static string FieldLabel(DuplicateField field) => field switch
    {
        DuplicateField.Mobile => "手机号码",
        DuplicateField.IdNumber => "证件号码",
    };
}
