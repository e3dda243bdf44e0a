namespace CellCrm.Domain.Customers;

public enum CustomerMilestoneKind
{
    ContractSigned = 0,
    PaymentReceived = 1,
}
