using CellCrm.Domain.Common;

namespace CellCrm.Domain.Health;

/// <summary>What the advisor fills in on a demand list (需求清单, SPEC §3.2). Fields marked * in the manual are
/// required. Validated as a whole so that create and edit apply the same rules.</summary>
public sealed record DemandDetails(
    Guid RecipientId,
    Guid? DonorId,
    DonorRelationship Relationship,
    string? RelationshipDetail,
    string? StorageContractNumber,
    string? StorageType,
    DateOnly? StorageDate,
    CellSource CellSource,
    IntendedCellProduct IntendedProduct,
    string Purpose,
    string BasicSituation,
    string Appeal,
    string? SpecialSituation,
    Guid MedicalExpertId)
{
    public const int TextMaxLength = 500;
    public const int ShortMaxLength = 50;

    /// <summary>The details with trimmed text, or a <see cref="DomainException"/> naming the first broken rule.</summary>
    public DemandDetails Validated(DateOnly today)
    {
        if (RecipientId == Guid.Empty)
        {
            throw new DomainException("请选择受者", nameof(RecipientId));
        }

        if (MedicalExpertId == Guid.Empty)
        {
            throw new DomainException("请选择医学专家", nameof(MedicalExpertId));
        }

        // Note: 细胞来源 does not constrain the relationship — seed 000 §3.3 shows 自体 cells of a donor who is the
        // recipient's friend (非直系亲属 / 朋友).
        var donor = Relationship == DonorRelationship.Self ? RecipientId : DonorId;
        if (donor is null || donor == Guid.Empty)
        {
            throw new DomainException("请选择储户", nameof(DonorId));
        }

        if (Relationship != DonorRelationship.Self && donor == RecipientId)
        {
            throw new DomainException("储户与受者为同一人时，关系应为本人", nameof(DonorId));
        }

        var detail = Guard.Optional(RelationshipDetail, "关系小类", ShortMaxLength, nameof(RelationshipDetail));
        if (Relationship != DonorRelationship.Self && detail is null)
        {
            throw new DomainException("请填写申请人与储户关系小类（如：母女、朋友）", nameof(RelationshipDetail));
        }

        if (StorageDate > today)
        {
            throw new DomainException("存储日期不能晚于今天", nameof(StorageDate));
        }

        return this with
        {
            DonorId = donor,
            RelationshipDetail = Relationship == DonorRelationship.Self ? null : detail,
            StorageContractNumber = Guard.Optional(StorageContractNumber, "存储合同编号", ShortMaxLength, nameof(StorageContractNumber)),
            StorageType = Guard.Optional(StorageType, "存储类型", ShortMaxLength, nameof(StorageType)),
            Purpose = Guard.Required(Purpose, "用途", TextMaxLength, nameof(Purpose)),
            BasicSituation = Guard.Required(BasicSituation, "基本情况", TextMaxLength, nameof(BasicSituation)),
            Appeal = Guard.Required(Appeal, "诉求", TextMaxLength, nameof(Appeal)),
            SpecialSituation = Guard.Optional(SpecialSituation, "特殊情况", TextMaxLength, nameof(SpecialSituation)),
        };
    }
}
