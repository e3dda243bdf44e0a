using CellCrm.BackOffice.Authorization;
using CellCrm.BackOffice.Pages.Customers;
using CellCrm.BackOffice.Services;
using CellCrm.Domain.Approvals;
using CellCrm.Domain.Common;
using CellCrm.Domain.Customers;
using CellCrm.Infrastructure.Contracts;
using CellCrm.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Pages.Contracts;

/// <summary>新建合同/订单: first pick a customer in scope (or come from the customer's page), then fill the form.</summary>
public class CreateModel(CellCrmDbContext db, ContractService service, CustomerAccess access, ICurrentStaff staff) : ContractFormPage(db, service)
{
    public IReadOnlyList<(Guid Id, string Name)> CustomerChoices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid? customerId, CancellationToken ct)
    {
        if (customerId is not { } id)
        {
            var scope = await staff.GetScopeAsync(ct);
            CustomerChoices = (await Db.Customers.AsNoTracking().VisibleTo(scope).OrderBy(c => c.Name).Take(500)
                .Select(c => new { c.Id, c.Name }).ToListAsync(ct)).Select(c => (c.Id, c.Name)).ToList();
            return Page();
        }

        if (this.Refusal(await access.CheckAsync(User, id, CustomerOperations.Edit, ct)) is { } refusal)
        {
            return refusal;
        }

        Input.CustomerId = id;
        Input.RequestKey = Guid.NewGuid();
        Input.Mobile = await Db.Customers.Where(c => c.Id == id).Select(c => c.Mobile).SingleAsync(ct);
        Input.SignedOn = ChinaTime.ToChina(DateTimeOffset.UtcNow).DateTime;
        await LoadChoicesAsync(null, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (this.Refusal(await access.CheckAsync(User, Input.CustomerId, CustomerOperations.Edit, ct)) is { } refusal)
        {
            return refusal;
        }

        ValidateLines();
        Guid id = default;
        if (ModelState.IsValid && await TrySaveAsync(async () =>
            {
                var me = new StaffRef(staff.Id, staff.Name);
                var department = await Db.Staff.Where(s => s.Id == staff.Id).Select(s => s.DepartmentId).SingleAsync(ct);
                id = (await Service.CreateAsync(Input.ToDraft(ChinaTime.Zone), me, department, await staff.GetScopeAsync(ct), ct)).Id;
            }))
        {
            TempData["StatusMessage"] = "已保存合同草稿";
            return RedirectToPage("Details", new { id });
        }

        await LoadChoicesAsync(null, ct);
        return Page();
    }
}
