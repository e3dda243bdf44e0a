using System.ComponentModel.DataAnnotations;
using CellCrm.Domain.Contracts;
using CellCrm.Infrastructure.Contracts;

namespace CellCrm.BackOffice.Pages.Contracts;

/// <summary>The contract form (新建合同/订单, seed 000 §4.5), shared by Create and Edit; the domain validates again,
/// and prices come from the catalogue on the server.</summary>
public sealed class ContractInput
{
    public int Version { get; set; }

    /// <summary>One per rendering of the create form: submitting it twice creates one contract.</summary>
    public Guid? RequestKey { get; set; }

    public Guid CustomerId { get; set; }

    public ContractBusinessType BusinessType { get; set; } = ContractBusinessType.CellHealth;

    public ContractOrderType OrderType { get; set; } = ContractOrderType.Electronic;

    [Required(ErrorMessage = "请填写移动电话")]
    public string? Mobile { get; set; }

    public bool StorerIsCustomer { get; set; } = true;

    [Required(ErrorMessage = "请选择签约医院/部门")]
    public Guid? HospitalId { get; set; }

    [StringLength(ContractDetails.DepartmentMaxLength, ErrorMessage = "签约科室不能超过{1}个字符")]
    public string? HospitalDepartment { get; set; }

    [Required(ErrorMessage = "请填写储存地点")]
    [StringLength(ContractDetails.CityMaxLength, ErrorMessage = "储存地点不能超过{1}个字符")]
    public string? StorageCity { get; set; } = "深圳市";

    public DateTime? SignedOn { get; set; }

    public CertificateType CertificateType { get; set; } = CertificateType.Electronic;

    public bool CharityOptIn { get; set; }

    [StringLength(ContractDetails.RemarksMaxLength, ErrorMessage = "备注不能超过{1}个字符")]
    public string? Remarks { get; set; }

    public List<Guid> DemandListIds { get; set; } = [];

    /// <summary>是否参与市场政策.</summary>
    public bool UsePolicy { get; set; }

    public Guid? MarketPolicyId { get; set; }

    public Guid? DiscountApplicationId { get; set; }

    public List<LineInput> Lines { get; set; } = [new()];

    public sealed class LineInput
    {
        public Guid? ProductId { get; set; }

        [Range(1, ContractLine.MaxQuantity, ErrorMessage = "数量须在1到999之间")]
        public int Quantity { get; set; } = 1;

        /// <summary>优惠后金额 in yuan as typed; empty means no discount.</summary>
        public string? AmountAfter { get; set; }
    }

    /// <summary>The lines that name a product (an empty row added by mistake is ignored).</summary>
    public IEnumerable<(int Index, LineInput Line)> FilledLines() =>
        Lines.Select((l, i) => (i, l)).Where(x => x.l.ProductId is not null);

    public ContractDraft ToDraft(TimeZoneInfo zone)
    {
        var lines = FilledLines().Select(x => new LineRequest(x.Line.ProductId!.Value, x.Line.Quantity,
            string.IsNullOrWhiteSpace(x.Line.AmountAfter) ? null : Money.ParseYuan(x.Line.AmountAfter))).ToList();
        DateTimeOffset? signedOn = SignedOn is { } local ? new DateTimeOffset(local, zone.GetUtcOffset(local)) : null;
        var details = new ContractDetails(BusinessType, OrderType, CustomerId, null, Mobile ?? "", StorerIsCustomer, HospitalId,
            HospitalDepartment, StorageCity ?? "", signedOn, CertificateType, CharityOptIn, Remarks, DemandListIds);
        return new ContractDraft(details, lines, UsePolicy ? MarketPolicyId : null, UsePolicy ? DiscountApplicationId : null, RequestKey);
    }

    public static ContractInput From(Contract c) => new()
    {
        Version = c.Version,
        CustomerId = c.CustomerId,
        BusinessType = c.BusinessType,
        OrderType = c.OrderType,
        Mobile = c.Mobile,
        StorerIsCustomer = c.StorerIsCustomer,
        HospitalId = c.HospitalId,
        HospitalDepartment = c.HospitalDepartment,
        StorageCity = c.StorageCity,
        SignedOn = c.SignedOn is { } s ? Domain.Common.ChinaTime.ToChina(s).DateTime : null,
        CertificateType = c.CertificateType,
        CharityOptIn = c.CharityOptIn,
        Remarks = c.Remarks,
        DemandListIds = c.DemandLists.Select(d => d.DemandListId).ToList(),
        UsePolicy = c.MarketPolicyId is not null,
        MarketPolicyId = c.MarketPolicyId,
        DiscountApplicationId = c.DiscountApplicationId,
        Lines = c.Lines.OrderBy(l => l.Sort).Select(l => new LineInput
        {
            ProductId = l.ProductId,
            Quantity = l.Quantity,
            AmountAfter = l.AmountAfterFen == l.AmountBeforeFen ? null : Money.Yuan(l.AmountAfterFen).Replace(",", "", StringComparison.Ordinal),
        }).ToList(),
    };
}
