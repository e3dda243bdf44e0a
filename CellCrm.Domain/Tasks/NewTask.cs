namespace CellCrm.Domain.Tasks;

/// <summary>What staff choose when pushing a task.</summary>
public sealed record NewTask(CustomerTaskType Type, string Title, DateOnly? DueDate, TaskSubject? Subject = null);
