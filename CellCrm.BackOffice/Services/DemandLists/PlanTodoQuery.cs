using CellCrm.Domain.Health;
using CellCrm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Services.DemandLists;

/// <summary>The plan loop (seed 000 §3.5) in the staff to-do inbox: the lists whose next step is the viewer's —
/// the expert's to issue or revise a plan, the advisor's to agree or ask for a change.</summary>
public sealed class PlanTodoQuery(CellCrmDbContext db)
{
    public const string AwaitingPlan = "待出方案";
    public const string AwaitingConfirmation = "待确认方案";

    public IQueryable<DemandList> AwaitingMe(Guid staffId) =>
        db.DemandLists.AsNoTracking().Where(d => d.ReviewStatus == DemandReviewStatus.InReview
            && ((d.MedicalExpertId == staffId && (d.Stage == PlanStage.ExpertReviewing || d.Stage == PlanStage.ExpertRevising))
                || (d.OwnerId == staffId && d.Stage == PlanStage.AwaitingAdvisor)));

    public Task<int> CountAsync(Guid staffId, CancellationToken ct) => AwaitingMe(staffId).CountAsync(ct);

    public async Task<IReadOnlyList<PlanTodoItem>> ListAsync(Guid staffId, CancellationToken ct)
    {
        var rows = await (from d in AwaitingMe(staffId)
                          join c in db.Customers.AsNoTracking() on d.RecipientId equals c.Id into recipients
                          from c in recipients.DefaultIfEmpty()
                          orderby d.SubmittedAt
                          select new { d.Id, d.Number, Recipient = c == null ? "—" : c.Name, d.Stage, d.SubmittedAt, Plans = d.Plans.Count() })
            .Take(100).ToListAsync(ct);
        return rows.Select(r => new PlanTodoItem(r.Id, r.Number, r.Recipient,
            r.Stage == PlanStage.AwaitingAdvisor ? AwaitingConfirmation : AwaitingPlan, r.SubmittedAt, r.Plans)).ToList();
    }
}
