using CellCrm.Domain.Health;
using CellCrm.Domain.Tasks;

namespace CellCrm.Portal.Services.Tasks;

/// <summary>The portal page where a pending task is done, when it has one.</summary>
public static class TaskActions
{
    public static string? PathFor(CustomerTask task) => (task.Type, task.SubjectType, task.SubjectId) switch
    {
        (CustomerTaskType.HealthSurvey, nameof(DemandList), { } demandListId) => $"/Questionnaire/{demandListId}",
        _ => null,
    };
}
