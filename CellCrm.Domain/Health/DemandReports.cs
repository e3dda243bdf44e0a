using CellCrm.Domain.Files;

namespace CellCrm.Domain.Health;

/// <summary>体检报告 of a demand list are <see cref="StoredFile"/>s owned by the list under this owner type (other
/// files of a list, such as the signed questionnaire, use their own owner types).</summary>
public static class DemandReports
{
    public const string OwnerType = "DemandListReport";

    public static FileOwner OwnerOf(Guid demandListId) => new(OwnerType, demandListId);
}
