using CellCrm.BackOffice.Authorization;
using CellCrm.BackOffice.Pages.Customers;
using CellCrm.BackOffice.Services;
using CellCrm.Domain.Approvals;
using CellCrm.Infrastructure.Health;
using CellCrm.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Pages.DemandLists;

/// <summary>新建需求清单 from a customer's page: the customer is the recipient and must be in the advisor's scope.</summary>
public class CreateModel(CellCrmDbContext db, DemandListService service, CustomerAccess access, ICurrentStaff staff) : DemandFormPage(db, service)
{
    public async Task<IActionResult> OnGetAsync(Guid customerId, CancellationToken ct)
    {
        if (this.Refusal(await access.CheckAsync(User, customerId, CustomerOperations.Edit, ct)) is { } refusal)
        {
            return refusal;
        }

        Input.RecipientId = customerId;
        await LoadChoicesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (this.Refusal(await access.CheckAsync(User, Input.RecipientId, CustomerOperations.Edit, ct)) is { } refusal)
        {
            return refusal;
        }

        Guid id = default;
        if (ModelState.IsValid && await TrySaveAsync(async () =>
            {
                var me = new StaffRef(staff.Id, staff.Name);
                var department = await StaffDepartmentAsync(ct);
                id = (await Service.CreateAsync(Input.ToDetails(), me, department, await staff.GetScopeAsync(ct), ct)).Id;
            }))
        {
            TempData["StatusMessage"] = "已新建需求清单";
            return RedirectToPage("Details", new { id });
        }

        await LoadChoicesAsync(ct);
        return Page();
    }

    private Task<Guid> StaffDepartmentAsync(CancellationToken ct) =>
        Db.Staff.Where(s => s.Id == staff.Id).Select(s => s.DepartmentId).SingleAsync(ct);
}
