using CellCrm.Domain.Common;

namespace CellCrm.Domain.OfflineCollections;

/// <summary>线下回款明细: the amount received for one product line of the contract. The product is copied so the
/// row reads the same after the contract's lines change.</summary>
public class OfflineCollectionLine : Entity
{
    private OfflineCollectionLine()
    {
        ProductName = "";
    }

    internal OfflineCollectionLine(Guid collectionId, int sort, Guid contractLineId, Guid productId, string productName, long amountFen)
    {
        CollectionId = collectionId;
        Sort = sort;
        ContractLineId = contractLineId;
        ProductId = productId;
        ProductName = productName;
        AmountFen = amountFen;
    }

    public Guid CollectionId { get; private set; }

    public int Sort { get; private set; }

    public Guid ContractLineId { get; private set; }

    public Guid ProductId { get; private set; }

    public string ProductName { get; private set; }

    public long AmountFen { get; private set; }
}
