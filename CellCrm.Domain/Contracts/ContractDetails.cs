using CellCrm.Domain.Common;

namespace CellCrm.Domain.Contracts;

/// <summary>The basic information of a contract/order (seed 000 §4.5), as the advisor fills it in.</summary>
public sealed record ContractDetails(
    ContractBusinessType BusinessType,
    ContractOrderType OrderType,
    Guid CustomerId,
    Guid? FamilyArchiveId,
    string Mobile,
    bool StorerIsCustomer,
    Guid? HospitalId,
    string? HospitalDepartment,
    string StorageCity,
    DateTimeOffset? SignedOn,
    CertificateType CertificateType,
    bool CharityOptIn,
    string? Remarks,
    IReadOnlyCollection<Guid> DemandListIds)
{
    public const int DepartmentMaxLength = 60;
    public const int CityMaxLength = 30;
    public const int RemarksMaxLength = 500;
    public const int MaxDemandLists = 10;

    /// <summary>Only autologous storage (电子合同, 纸质合同) is signed by the customer; other orders are entered only.</summary>
    public static bool NeedsSignature(ContractOrderType type) => type is ContractOrderType.Electronic or ContractOrderType.Paper;

    /// <summary>The same details, checked and trimmed; every failure names its field in Chinese.</summary>
    public ContractDetails Validated()
    {
        if (!Enum.IsDefined(BusinessType))
        {
            throw new DomainException("请选择业务类型", nameof(BusinessType));
        }

        if (!Enum.IsDefined(OrderType))
        {
            throw new DomainException("请选择合同/订单类型", nameof(OrderType));
        }

        if (!Enum.IsDefined(CertificateType))
        {
            throw new DomainException("请选择储存证类型", nameof(CertificateType));
        }

        if (CustomerId == Guid.Empty)
        {
            throw new DomainException("请选择客户", nameof(CustomerId));
        }

        if (HospitalId is null || HospitalId == Guid.Empty)
        {
            throw new DomainException("请选择签约医院/部门", nameof(HospitalId));
        }

        // §4.5: 是自体储存时，客户姓名应为储户本人，需客户签署合同.
        if (NeedsSignature(OrderType) && !StorerIsCustomer)
        {
            throw new DomainException("自体储存合同须由储户本人签署：客户应为储户本人", nameof(StorerIsCustomer));
        }

        var mobileError = Customers.MobileNumber.Validate(Mobile);
        if (mobileError is not null)
        {
            throw new DomainException(mobileError, nameof(Mobile));
        }

        if (DemandListIds.Count > MaxDemandLists)
        {
            throw new DomainException($"最多关联{MaxDemandLists}个需求清单", nameof(DemandListIds));
        }

        return this with
        {
            Mobile = Customers.MobileNumber.Normalize(Mobile),
            HospitalDepartment = Guard.Optional(HospitalDepartment, "签约科室", DepartmentMaxLength, nameof(HospitalDepartment)),
            StorageCity = Guard.Required(StorageCity, "储存地点", CityMaxLength, nameof(StorageCity)),
            Remarks = Guard.Optional(Remarks, "备注", RemarksMaxLength, nameof(Remarks)),
            DemandListIds = DemandListIds.Distinct().ToList(),
        };
    }
}
