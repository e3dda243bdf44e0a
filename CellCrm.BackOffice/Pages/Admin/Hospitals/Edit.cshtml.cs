using CellCrm.BackOffice.Services;
using CellCrm.Domain.Catalog;
using CellCrm.Domain.Common;
using CellCrm.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Pages.Admin.Hospitals;

/// <summary>Creates (no id) or edits one hospital; enable/disable; 修改记录.</summary>
public class EditModel(CellCrmDbContext db, AuditHistory history) : PageModel
{
    [BindProperty]
    public HospitalInput Input { get; set; } = new();

    public Guid? Id { get; private set; }

    public bool IsActive { get; private set; }

    public IReadOnlyList<AuditLine> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken ct)
    {
        if (id is null)
        {
            return Page();
        }

        var hospital = await db.Hospitals.AsNoTracking().FirstOrDefaultAsync(h => h.Id == id, ct);
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
        var hospital = id is null ? null : await db.Hospitals.FirstOrDefaultAsync(h => h.Id == id, ct);
        if (id is not null && hospital is null)
        {
            return NotFound();
        }

        if (ModelState.IsValid)
        {
            try
            {
                var name = Input.Name!.Trim();
                if (await db.Hospitals.AnyAsync(h => h.Name == name && h.Id != id, ct))
                {
                    throw new DomainException($"已有名为“{name}”的医院", nameof(HospitalInput.Name));
                }

                if (hospital is null)
                {
                    hospital = new Hospital(name, Input.City ?? "", Input.Region, Input.Departments);
                    db.Hospitals.Add(hospital);
                }
                else
                {
                    db.Entry(hospital).Property(h => h.Version).OriginalValue = Input.Version;
                    hospital.Update(name, Input.City ?? "", Input.Region, Input.Departments);
                }

                await db.SaveChangesAsync(ct);
                TempData["StatusMessage"] = $"医院“{hospital.Name}”已保存";
                return RedirectToPage("Edit", new { id = hospital.Id });
            }
            catch (DomainException e)
            {
                ModelState.AddModelError(e.Field is null ? "" : "Input." + e.Field, e.Message);
            }
            catch (DbUpdateConcurrencyException)
            {
                ModelState.AddModelError("", "该医院已被他人修改，请刷新页面后重新编辑");
            }
        }

        if (hospital is not null && db.Entry(hospital).State != EntityState.Added)
        {
            await LoadAsync(hospital, ct);
        }

        return Page();
    }

    public Task<IActionResult> OnPostActivateAsync(Guid id, CancellationToken ct) =>
        ToggleAsync(id, h => h.Activate(), "医院已启用", ct);

    public Task<IActionResult> OnPostDeactivateAsync(Guid id, CancellationToken ct) =>
        ToggleAsync(id, h => h.Deactivate(), "医院已停用", ct);

    private async Task<IActionResult> ToggleAsync(Guid id, Action<Hospital> change, string done, CancellationToken ct)
    {
        var hospital = await db.Hospitals.FirstOrDefaultAsync(h => h.Id == id, ct);
        if (hospital is null)
        {
            return NotFound();
        }

        try
        {
            change(hospital);
            await db.SaveChangesAsync(ct);
            TempData["StatusMessage"] = done;
        }
        catch (DomainException e)
        {
            TempData["ErrorMessage"] = e.Message;
        }

        return RedirectToPage("Edit", new { id });
    }

    private async Task LoadAsync(Hospital hospital, CancellationToken ct)
    {
        Id = hospital.Id;
        IsActive = hospital.IsActive;
        History = await history.ForAsync(hospital.Id, ct);
    }
}
