using CellCrm.Domain.Common;

namespace CellCrm.Domain.Contracts;

/// <summary>参与产品: one product a market policy applies to.</summary>
public class MarketPolicyProduct : Entity
{
    private MarketPolicyProduct()
    {
    }

    internal MarketPolicyProduct(Guid policyId, Guid productId)
    {
        PolicyId = policyId;
        ProductId = productId;
    }

    public Guid PolicyId { get; private set; }

    public Guid ProductId { get; private set; }
}
