using System.ComponentModel.DataAnnotations;
using CellCrm.BackOffice.Services;
using CellCrm.Domain.Customers;

namespace CellCrm.BackOffice.Pages.Customers;

/// <summary>The customer form (§3.1, §4.1), shared by Create and Edit. Form rules here; the domain checks again.</summary>
public sealed class CustomerInput
{
    private const int TagsMaxLength = 300;

    [Required(ErrorMessage = "请填写客户姓名")]
    [StringLength(Customer.NameMaxLength, ErrorMessage = "客户姓名不能超过{1}个字符")]
    public string? Name { get; set; }

    [Required(ErrorMessage = "请填写手机号码")]
    [ValidMobile]
    public string? Mobile { get; set; }

    public Gender Gender { get; set; }

    [NotInFuture(ErrorMessage = "出生日期不能晚于今天")]
    public DateOnly? Birthday { get; set; }

    public IdDocumentType IdType { get; set; } = IdDocumentType.MainlandIdCard;

    [StringLength(IdDocument.MaxLength, ErrorMessage = "证件号码不能超过{1}个字符")]
    [ValidIdNumber(nameof(IdType))]
    public string? IdNumber { get; set; }

    [StringLength(Customer.WeChatIdMaxLength, ErrorMessage = "微信号不能超过{1}个字符")]
    public string? WeChatId { get; set; }

    [StringLength(Customer.OccupationMaxLength, ErrorMessage = "职业不能超过{1}个字符")]
    public string? Occupation { get; set; }

    [StringLength(Customer.AddressMaxLength, ErrorMessage = "地址不能超过{1}个字符")]
    public string? Address { get; set; }

    public SourceChannel SourceChannel { get; set; } = SourceChannel.Hospital;

    [StringLength(Customer.SourceTypeMaxLength, ErrorMessage = "来源类型不能超过{1}个字符")]
    public string? SourceType { get; set; }

    [StringLength(Customer.InviterMaxLength, ErrorMessage = "邀约人不能超过{1}个字符")]
    public string? Inviter { get; set; }

    [StringLength(Customer.IntendedProductMaxLength, ErrorMessage = "意向产品不能超过{1}个字符")]
    public string? IntendedProduct { get; set; }

    public SigningIntention SigningIntention { get; set; }

    [StringLength(Customer.RemarksMaxLength, ErrorMessage = "备注不能超过{1}个字符")]
    public string? Remarks { get; set; }

    [StringLength(TagsMaxLength, ErrorMessage = "标签总长度不能超过{1}个字符")]
    public string? Tags { get; set; }

    public FamilyChoice Family { get; set; } = FamilyChoice.New;

    public string? FamilyMemberMobile { get; set; }

    /// <summary>The version the form was loaded at (edit only): a save over someone else's change is refused.</summary>
    public int Version { get; set; }

    public static CustomerInput From(Customer customer) => new()
    {
        Name = customer.Name,
        Mobile = customer.Mobile,
        Gender = customer.Gender,
        Birthday = customer.Birthday,
        IdType = customer.IdType ?? IdDocumentType.MainlandIdCard,
        IdNumber = customer.IdNumber,
        WeChatId = customer.WeChatId,
        Occupation = customer.Occupation,
        Address = customer.Address,
        SourceChannel = customer.SourceChannel,
        SourceType = customer.SourceType,
        Inviter = customer.Inviter,
        IntendedProduct = customer.IntendedProduct,
        SigningIntention = customer.SigningIntention,
        Remarks = customer.Remarks,
        Tags = TagList.Format(customer.Tags.Select(t => t.Name).Order(StringComparer.Ordinal)),
        Family = FamilyChoice.Keep,
        Version = customer.Version,
    };

    /// <summary>The one mapping from the form to the domain's profile.</summary>
    public CustomerProfile ToProfile() => new()
    {
        Name = Name ?? "",
        Mobile = Mobile ?? "",
        Gender = Gender,
        Birthday = Birthday,
        IdType = string.IsNullOrWhiteSpace(IdNumber) ? null : IdType,
        IdNumber = IdNumber,
        WeChatId = WeChatId,
        Occupation = Occupation,
        Address = Address,
        SourceChannel = SourceChannel,
        SourceType = SourceType,
        Inviter = Inviter,
        IntendedProduct = IntendedProduct,
        SigningIntention = SigningIntention,
        Remarks = Remarks,
    };

    public CustomerDraft ToDraft() => new(ToProfile(), TagList.Parse(Tags), Family, FamilyMemberMobile);
}
