namespace CellCrm.Infrastructure.Refunds;

/// <summary>Money received on a contract other than an online payment (an offline collection), as a refund source.</summary>
public sealed record ReceivedMoney(Guid Id, Guid CustomerId, Guid? ContractId, string Label, long ReceivedFen);
