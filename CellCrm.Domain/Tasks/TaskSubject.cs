namespace CellCrm.Domain.Tasks;

/// <summary>The business record a task is about (a contract, a demand list …), by kind and id.</summary>
public sealed record TaskSubject(string Type, Guid Id)
{
    public const int TypeMaxLength = 40;
}
