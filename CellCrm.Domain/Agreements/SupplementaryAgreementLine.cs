using CellCrm.Domain.Common;

namespace CellCrm.Domain.Agreements;

/// <summary>补充协议明细 of a storage change: one product line the contract keeps, with the amount it keeps, in fen.</summary>
public class SupplementaryAgreementLine : Entity
{
    private SupplementaryAgreementLine()
    {
        ProductCode = "";
        ProductName = "";
    }

    internal SupplementaryAgreementLine(Guid agreementId, int sort, Guid productId, string productCode, string productName,
        long unitListPriceFen, int quantity, long amountAfterFen)
    {
        AgreementId = agreementId;
        Sort = sort;
        ProductId = productId;
        ProductCode = productCode;
        ProductName = productName;
        UnitListPriceFen = unitListPriceFen;
        Quantity = quantity;
        AmountAfterFen = amountAfterFen;
    }

    public Guid AgreementId { get; private set; }

    public int Sort { get; private set; }

    public Guid ProductId { get; private set; }

    public string ProductCode { get; private set; }

    public string ProductName { get; private set; }

    public long UnitListPriceFen { get; private set; }

    public int Quantity { get; private set; }

    public long AmountAfterFen { get; private set; }
}
