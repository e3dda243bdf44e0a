using CellCrm.BackOffice.Pages.Customers;
using CellCrm.BackOffice.Services;
using CellCrm.Domain.Common;
using CellCrm.Domain.Customers;
using CellCrm.Infrastructure.Health;
using CellCrm.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Pages.DemandLists;

/// <summary>What Create and Edit share: the form, its choices (the recipient's family members as donors, the
/// medical experts), and turning a refused save into field messages.</summary>
public abstract class DemandFormPage(CellCrmDbContext db, DemandListService service) : PageModel
{
    [BindProperty]
    public DemandInput Input { get; set; } = new();

    public string RecipientName { get; private set; } = "";

    public IReadOnlyList<(Guid Id, string Name)> DonorChoices { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name)> Experts { get; private set; } = [];

    protected CellCrmDbContext Db => db;

    protected DemandListService Service => service;

    protected async Task LoadChoicesAsync(CancellationToken ct)
    {
        var recipient = await db.Customers.AsNoTracking().Where(c => c.Id == Input.RecipientId)
            .Select(c => new { c.Name, c.FamilyArchiveId }).SingleAsync(ct);
        RecipientName = recipient.Name;
        DonorChoices = recipient.FamilyArchiveId is { } family
            ? (await db.Customers.AsNoTracking()
                .Where(c => c.FamilyArchiveId == family && c.Id != Input.RecipientId && c.Status != CustomerStatus.Recycled)
                .OrderBy(c => c.Name).Select(c => new { c.Id, c.Name }).ToListAsync(ct)).Select(c => (c.Id, c.Name)).ToList()
            : [];
        Experts = (await service.MedicalExperts().OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync(ct))
            .Select(s => (s.Id, s.Name)).ToList();
    }

    /// <summary>Runs the save; a broken rule becomes a message under its field (or above the form).</summary>
    protected async Task<bool> TrySaveAsync(Func<Task> save)
    {
        try
        {
            await save();
            return true;
        }
        catch (DomainException e)
        {
            ModelState.AddErrors("Input.", [new FieldError(e.Field ?? "", e.Message)]);
            return false;
        }
    }
}
