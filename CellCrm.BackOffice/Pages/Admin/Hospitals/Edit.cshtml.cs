using CellCrm.BackOffice.Services;
using CellCrm.Domain.Catalog;
using CellCrm.Domain.Common;
using CellCrm.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Pages.Admin.Hospitals;

/// <summary>Creates (no id) or edits one hospital; enable/disable; 修改记录.</summary>
public class EditModel(CellCrmDbContext db, AuditHistory history) : CatalogEditModel<Hospital>(db, history, "医院")
{
    [BindProperty]
    public HospitalInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken ct)
    {
        if (id is null)
        {
            return Page();
        }

        var hospital = await Db.Hospitals.AsNoTracking().FirstOrDefaultAsync(h => h.Id == id, ct);
        if (hospital is null)
        {
            return NotFound();
        }

        Input = HospitalInput.From(hospital);
        await LoadAsync(hospital, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken ct)
    {
        var hospital = id is null ? null : await FindAsync(id.Value, ct);
        if (id is not null && hospital is null)
        {
            return NotFound();
        }

        return await SaveAsync(hospital, async () =>
        {
            var name = Input.Name!.Trim();
            if (await Db.Hospitals.AnyAsync(h => h.Name == name && h.Id != id, ct))
            {
                throw new DomainException($"已有名为“{name}”的医院", nameof(HospitalInput.Name));
            }

            if (hospital is null)
            {
                var created = new Hospital(name, Input.City ?? "", Input.Region, Input.Departments);
                Db.Hospitals.Add(created);
                return created;
            }

            Db.Entry(hospital).Property(h => h.Version).OriginalValue = Input.Version;
            hospital.Update(name, Input.City ?? "", Input.Region, Input.Departments);
            return hospital;
        }, h => $"医院“{h.Name}”已保存", ct);
    }

    public Task<IActionResult> OnPostActivateAsync(Guid id, CancellationToken ct) =>
        ToggleAsync(id, h => h.Activate(), "医院已启用", ct);

    public Task<IActionResult> OnPostDeactivateAsync(Guid id, CancellationToken ct) =>
        ToggleAsync(id, h => h.Deactivate(), "医院已停用", ct);

    protected override bool IsActiveOf(Hospital item) => item.IsActive;
}
