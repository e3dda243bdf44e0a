namespace CellCrm.BackOffice.Services;

/// <summary>家庭档案 on the customer form (§4.1): a new archive, the archive of a relative already on file, or
/// (when editing) the current one.</summary>
public enum FamilyChoice
{
    New = 0,
    Join = 1,
    Keep = 2,
}
