using CellCrm.Domain.Common;

namespace CellCrm.Domain.Health;

/// <summary>One version of the expert's plan. Versions are never changed once issued, only answered: the loop keeps
/// every version with the advisor's decision and comment.</summary>
public class DemandPlanVersion : Entity
{
    public const int CommentMaxLength = 500;

    private DemandPlanVersion()
    {
        CellType = "";
        Route = "";
        CellCount = "";
        IssuedByName = "";
    }

    internal DemandPlanVersion(Guid demandListId, int number, PlanContent content, Guid issuedById, string issuedByName, DateTimeOffset at)
    {
        DemandListId = demandListId;
        Number = number;
        CellType = content.CellType;
        Route = content.Route;
        CellCount = content.CellCount;
        Sessions = content.Sessions;
        Notes = content.Notes;
        IssuedById = issuedById;
        IssuedByName = issuedByName;
        IssuedAt = at;
        Decision = PlanDecision.Undecided;
    }

    public Guid DemandListId { get; private set; }

    /// <summary>1, 2, 3 … in the order the expert issued them.</summary>
    public int Number { get; private set; }

    public string CellType { get; private set; }

    public string Route { get; private set; }

    public string CellCount { get; private set; }

    public int Sessions { get; private set; }

    public string? Notes { get; private set; }

    public Guid IssuedById { get; private set; }

    public string IssuedByName { get; private set; }

    public DateTimeOffset IssuedAt { get; private set; }

    public PlanDecision Decision { get; private set; }

    public string? DecisionComment { get; private set; }

    public Guid? DecidedById { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    internal void Decide(PlanDecision decision, string? comment, Guid actorId, DateTimeOffset at)
    {
        Decision = decision;
        DecisionComment = comment;
        DecidedById = actorId;
        DecidedAt = at;
    }
}
