using CellCrm.Domain.Common;
using CellCrm.Domain.Contracts;

namespace CellCrm.Domain.OfflineCollections;

/// <summary>预付款余额 of one 预付款订单 (seed 000 §5.5): what was paid into the order (online or offline) less what
/// 预付款抵扣 took from it for the customer's real contracts. The paid side is summed from the receipts; this
/// aggregate holds the deducted side, and its version serialises deductions, so two at once cannot both spend the
/// same balance: the balance never goes below zero.</summary>
public class PrepaymentAccount : AggregateRoot
{
    private PrepaymentAccount()
    {
    }

    public PrepaymentAccount(Contract order)
    {
        if (order.BusinessType != ContractBusinessType.Prepayment)
        {
            throw new DomainException($"合同{order.Number}不是预付款订单", "PrepaymentOrderId");
        }

        Id = order.Id;
        CustomerId = order.CustomerId;
    }

    /// <summary>The 预付款订单's customer (the account's id is the order's id).</summary>
    public Guid CustomerId { get; private set; }

    public long DeductedFen { get; private set; }

    public long BalanceFen(long paidFen) => Math.Max(0, paidFen - DeductedFen);

    /// <summary>预付款抵扣 of <paramref name="amountFen"/> for a contract of <paramref name="customerId"/>, given what
    /// was paid into the order so far.</summary>
    public void Deduct(long amountFen, Guid customerId, long paidFen)
    {
        if (customerId != CustomerId)
        {
            throw new DomainException("只能抵扣该客户本人的预付款订单", "PrepaymentOrderId");
        }

        if (amountFen <= 0)
        {
            throw new DomainException("抵扣金额须大于0", "Lines");
        }

        var balance = BalanceFen(paidFen);
        if (amountFen > balance)
        {
            throw new DomainException($"预付款余额不足：余额{Money.Yuan(balance)}元，本次抵扣{Money.Yuan(amountFen)}元", "PrepaymentOrderId");
        }

        DeductedFen += amountFen;
    }

    /// <summary>A deduction found wrong at checking gives its amount back to the balance.</summary>
    public void Restore(long amountFen)
    {
        if (amountFen <= 0 || amountFen > DeductedFen)
        {
            throw new DomainException("退回的抵扣金额有误");
        }

        DeductedFen -= amountFen;
    }
}
