using CellCrm.Domain.Health;
using CellCrm.Domain.Organization;
using CellCrm.Infrastructure.Approvals;
using CellCrm.Infrastructure.Identity;
using CellCrm.Infrastructure.OfflineCollections;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.Infrastructure.Persistence.Seed;

/// <summary>Data every installation needs: the roles of SPEC §1, an approval flow per business type and the default
/// health questionnaire and the 预设预付款产品. Safe to
/// run again; admins' later edits of roles and flows are kept.</summary>
public sealed class ReferenceDataSeeder(CellCrmDbContext db)
{
    public async Task SeedAsync(CancellationToken ct)
    {
        var existing = await db.Roles.Select(r => r.Name).ToListAsync(ct);
        foreach (var role in StaffRoles.All.Where(r => !existing.Contains(r.Name)))
        {
            db.Roles.Add(new StaffRole
            {
                Id = Guid.CreateVersion7(),
                Name = role.Name,
                NormalizedName = role.Name.ToUpperInvariant(),
                DisplayName = role.DisplayName,
                DataScope = role.DefaultScope,
                ConcurrencyStamp = Guid.NewGuid().ToString(),
            });
        }

        var flows = await db.ApprovalFlows.Select(f => f.BusinessType).ToListAsync(ct);
        db.ApprovalFlows.AddRange(DefaultApprovalFlows.All().Where(f => !flows.Contains(f.BusinessType)));

        // The default health questionnaire (seed 000 §3.2), published by the system.
        if (!await db.QuestionnaireTemplates.AnyAsync(t => t.MedicalExpertId == null, ct))
        {
            db.QuestionnaireTemplates.Add(new QuestionnaireTemplate(DefaultQuestionnaire.Name, null, DefaultQuestionnaire.Definition,
                Guid.Empty, DateTimeOffset.UtcNow));
        }

        if (!await db.Products.AnyAsync(p => p.Code == PrepaymentOrders.PresetProductCode, ct))
        {
            db.Products.Add(PrepaymentOrders.PresetProduct());
        }

        await db.SaveChangesAsync(ct);
    }
}
