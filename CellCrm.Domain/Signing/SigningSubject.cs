namespace CellCrm.Domain.Signing;

/// <summary>The business record a document is signed for (a contract, an agreement, a handover …), by kind and id.</summary>
public sealed record SigningSubject(string Type, Guid Id)
{
    public const int TypeMaxLength = 40;
}
