using System.ComponentModel.DataAnnotations;
using CellCrm.Domain.Health;

namespace CellCrm.BackOffice.Pages.DemandLists;

/// <summary>The demand list form (需求清单, SPEC §3.2), shared by Create and Edit; the domain validates again.</summary>
public sealed class DemandInput
{
    public int Version { get; set; }

    public Guid RecipientId { get; set; }

    public DonorRelationship Relationship { get; set; } = DonorRelationship.Self;

    /// <summary>The donor when not 本人: a member of the recipient's family archive.</summary>
    public Guid? DonorId { get; set; }

    [StringLength(DemandDetails.ShortMaxLength, ErrorMessage = "关系说明不能超过{1}个字符")]
    public string? RelationshipDetail { get; set; }

    [StringLength(DemandDetails.ShortMaxLength, ErrorMessage = "存储合同编号不能超过{1}个字符")]
    public string? StorageContractNumber { get; set; }

    [StringLength(DemandDetails.ShortMaxLength, ErrorMessage = "存储类型不能超过{1}个字符")]
    public string? StorageType { get; set; }

    public DateOnly? StorageDate { get; set; }

    public CellSource CellSource { get; set; } = CellSource.Autologous;

    public IntendedCellProduct IntendedProduct { get; set; } = IntendedCellProduct.StemCell;

    [Required(ErrorMessage = "请填写用途")]
    [StringLength(DemandDetails.TextMaxLength, ErrorMessage = "用途不能超过{1}个字符")]
    public string? Purpose { get; set; }

    [Required(ErrorMessage = "请填写基本情况")]
    [StringLength(DemandDetails.TextMaxLength, ErrorMessage = "基本情况不能超过{1}个字符")]
    public string? BasicSituation { get; set; }

    [Required(ErrorMessage = "请填写诉求")]
    [StringLength(DemandDetails.TextMaxLength, ErrorMessage = "诉求不能超过{1}个字符")]
    public string? Appeal { get; set; }

    [StringLength(DemandDetails.TextMaxLength, ErrorMessage = "特殊情况不能超过{1}个字符")]
    public string? SpecialSituation { get; set; }

    [Required(ErrorMessage = "请选择医学专家")]
    public Guid? MedicalExpertId { get; set; }

    public DemandDetails ToDetails() => new(RecipientId, Relationship == DonorRelationship.Self ? null : DonorId, Relationship,
        RelationshipDetail, StorageContractNumber, StorageType, StorageDate, CellSource, IntendedProduct, Purpose ?? "",
        BasicSituation ?? "", Appeal ?? "", SpecialSituation, MedicalExpertId ?? Guid.Empty);

    public static DemandInput From(DemandList d) => new()
    {
        Version = d.Version,
        RecipientId = d.RecipientId,
        Relationship = d.Relationship,
        DonorId = d.Relationship == DonorRelationship.Self ? null : d.DonorId,
        RelationshipDetail = d.RelationshipDetail,
        StorageContractNumber = d.StorageContractNumber,
        StorageType = d.StorageType,
        StorageDate = d.StorageDate,
        CellSource = d.CellSource,
        IntendedProduct = d.IntendedProduct,
        Purpose = d.Purpose,
        BasicSituation = d.BasicSituation,
        Appeal = d.Appeal,
        SpecialSituation = d.SpecialSituation,
        MedicalExpertId = d.MedicalExpertId,
    };
}
