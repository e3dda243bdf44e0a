using CellCrm.Domain.Common;

namespace CellCrm.Domain.Contracts;

/// <summary>合同产品: one product of a contract with its price before and after discount, in fen. The product's code,
/// name and list price are copied, so a later catalogue change does not alter a signed contract.</summary>
public class ContractLine : Entity
{
    public const int MaxQuantity = 999;

    private ContractLine()
    {
        ProductCode = "";
        ProductName = "";
    }

    internal ContractLine(Guid contractId, int sort, Guid productId, string productCode, string productName, long unitListPriceFen,
        int quantity, long amountAfterFen)
    {
        ContractId = contractId;
        Sort = sort;
        ProductId = productId;
        ProductCode = productCode;
        ProductName = productName;
        UnitListPriceFen = unitListPriceFen;
        Quantity = quantity;
        AmountAfterFen = amountAfterFen;
    }

    public Guid ContractId { get; private set; }

    public int Sort { get; private set; }

    public Guid ProductId { get; private set; }

    public string ProductCode { get; private set; }

    public string ProductName { get; private set; }

    public long UnitListPriceFen { get; private set; }

    public int Quantity { get; private set; }

    /// <summary>优惠前金额 = list price × quantity.</summary>
    public long AmountBeforeFen => UnitListPriceFen * Quantity;

    /// <summary>优惠后金额, within the contract's policy.</summary>
    public long AmountAfterFen { get; private set; }

    public long DiscountFen => AmountBeforeFen - AmountAfterFen;
}
