using CellCrm.Domain.Common;

namespace CellCrm.Domain.Contracts;

/// <summary>A demand list (需求清单) the contract is for.</summary>
public class ContractDemandList : Entity
{
    private ContractDemandList()
    {
    }

    internal ContractDemandList(Guid contractId, Guid demandListId)
    {
        ContractId = contractId;
        DemandListId = demandListId;
    }

    public Guid ContractId { get; private set; }

    public Guid DemandListId { get; private set; }
}
