namespace CellCrm.Domain.Files;

/// <summary>What a stored file belongs to: the kind of business object (e.g. "DemandList", "Contract") and its id.
/// Endpoints that serve a file check the viewer against this owner.</summary>
public sealed record FileOwner(string Type, Guid Id)
{
    public const int TypeMaxLength = 40;
}
