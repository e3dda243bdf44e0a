using CellCrm.BackOffice.Services;
using CellCrm.Domain.Common;
using CellCrm.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Pages.Admin;

/// <summary>What the catalog edit pages (hospitals, products) share: one form that creates (no id) or edits under
/// the form's version, an enable/disable switch, and the 修改记录.</summary>
/// <param name="noun">The item as the messages name it: 医院, 产品.</param>
public abstract class CatalogEditModel<T>(CellCrmDbContext db, AuditHistory history, string noun) : PageModel
    where T : AggregateRoot
{
    protected CellCrmDbContext Db { get; } = db;

    public Guid? Id { get; private set; }

    public bool IsActive { get; private set; }

    public IReadOnlyList<AuditLine> History { get; private set; } = [];

    protected abstract bool IsActiveOf(T item);

    /// <summary>The form field that shows a domain error about <paramref name="domainField"/>.</summary>
    protected virtual string InputField(string domainField) => domainField;

    protected Task<T?> FindAsync(Guid id, CancellationToken ct) => Db.Set<T>().FirstOrDefaultAsync(x => x.Id == id, ct);

    /// <summary>Runs <paramref name="apply"/> (which adds a new item or changes <paramref name="item"/>) and saves. A
    /// broken rule or a stale version becomes a form error and the form is shown again.</summary>
    protected async Task<IActionResult> SaveAsync(T? item, Func<Task<T>> apply, Func<T, string> saved, CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            try
            {
                item = await apply();
                await Db.SaveChangesAsync(ct);
                TempData["StatusMessage"] = saved(item);
                return RedirectToPage("Edit", new { id = item.Id });
            }
            catch (DomainException e)
            {
                ModelState.AddModelError(e.Field is null ? "" : "Input." + InputField(e.Field), e.Message);
            }
            catch (DbUpdateConcurrencyException)
            {
                ModelState.AddModelError("", $"该{noun}已被他人修改，请刷新页面后重新编辑");
            }
        }

        if (item is not null && Db.Entry(item).State != EntityState.Added)
        {
            await LoadAsync(item, ct);
        }

        return Page();
    }

    protected async Task<IActionResult> ToggleAsync(Guid id, Action<T> change, string done, CancellationToken ct)
    {
        var item = await FindAsync(id, ct);
        if (item is null)
        {
            return NotFound();
        }

        try
        {
            change(item);
            await Db.SaveChangesAsync(ct);
            TempData["StatusMessage"] = done;
        }
        catch (DomainException e)
        {
            TempData["ErrorMessage"] = e.Message;
        }

        return RedirectToPage("Edit", new { id });
    }

    protected async Task LoadAsync(T item, CancellationToken ct)
    {
        Id = item.Id;
        IsActive = IsActiveOf(item);
        History = await history.ForAsync(item.Id, ct);
    }
}
