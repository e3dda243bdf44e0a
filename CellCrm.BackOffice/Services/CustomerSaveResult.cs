namespace CellCrm.BackOffice.Services;

/// <summary>The outcome of saving a customer form: the saved customer's id, or why nothing was saved.</summary>
public sealed record CustomerSaveResult(Guid? CustomerId, IReadOnlyList<FieldError> Errors, IReadOnlyList<DuplicateNotice> Duplicates)
{
    public bool Succeeded => CustomerId is not null;

    public static CustomerSaveResult Saved(Guid customerId) => new(customerId, [], []);

    public static CustomerSaveResult Failed(string field, string message) => new(null, [new FieldError(field, message)], []);

    public static CustomerSaveResult Duplicate(IReadOnlyList<DuplicateNotice> duplicates) =>
        new(null, duplicates.Select(d => new FieldError(d.Field.ToString(), d.Message)).ToList(), duplicates);
}
