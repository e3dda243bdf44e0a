using CellCrm.Domain.Contracts;

namespace CellCrm.BackOffice.ViewComponents;

/// <summary>The customer's contracts and orders for the 合同/订单 panel of the customer page.</summary>
public sealed record CustomerContractsView(Guid CustomerId, IReadOnlyList<CustomerContractRow> Contracts);

public sealed record CustomerContractRow(Guid Id, string Number, ContractBusinessType BusinessType, ContractOrderType OrderType,
    ContractStatus Status, long AmountFen, DateTimeOffset CreatedAt);
