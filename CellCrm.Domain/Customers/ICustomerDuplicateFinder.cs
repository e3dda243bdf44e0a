namespace CellCrm.Domain.Customers;

/// <summary>查重: finds an existing customer with the same mobile or ID number before a save.</summary>
public interface ICustomerDuplicateFinder
{
    /// <summary>Customers other than <paramref name="exceptId"/> whose mobile or ID number equals the given one.</summary>
    Task<IReadOnlyList<DuplicateHit>> FindAsync(string mobile, IdDocumentType? idType, string? idNumber, Guid? exceptId, CancellationToken ct);
}
