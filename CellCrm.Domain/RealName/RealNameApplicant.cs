using CellCrm.Domain.Common;
using CellCrm.Domain.Customers;

namespace CellCrm.Domain.RealName;

/// <summary>Who the visitor says they are (SPEC §2.2): name, ID document and mobile, validated and normalised the
/// same way as a customer record so that matching compares like with like.</summary>
public sealed record RealNameApplicant
{
    private RealNameApplicant(string name, IdDocumentType idType, string idNumber, string mobile)
    {
        Name = name;
        IdType = idType;
        IdNumber = idNumber;
        Mobile = mobile;
    }

    public string Name { get; }

    public IdDocumentType IdType { get; }

    public string IdNumber { get; }

    public string Mobile { get; }

    public static RealNameApplicant Create(string? name, IdDocumentType? idType, string? idNumber, string? mobile)
    {
        var checkedName = Guard.Required(name, "姓名", Customer.NameMaxLength, nameof(Name));
        if (idType is not { } type)
        {
            throw new DomainException("请选择证件类型", nameof(IdType));
        }

        if (IdDocument.Validate(type, idNumber) is { } idError)
        {
            throw new DomainException(idError, nameof(IdNumber));
        }

        if (MobileNumber.Validate(mobile) is { } mobileError)
        {
            throw new DomainException(mobileError, nameof(Mobile));
        }

        return new RealNameApplicant(checkedName, type, IdDocument.Normalize(idNumber), MobileNumber.Normalize(mobile));
    }
}
