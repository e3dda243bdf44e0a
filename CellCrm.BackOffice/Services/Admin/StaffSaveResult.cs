namespace CellCrm.BackOffice.Services.Admin;

public sealed record StaffSaveResult(Guid? Id, IReadOnlyList<FieldError> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public static StaffSaveResult Saved(Guid id) => new(id, []);

    public static StaffSaveResult Failed(IReadOnlyList<FieldError> errors) => new(null, errors);
}
