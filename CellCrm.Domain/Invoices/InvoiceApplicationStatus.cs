namespace CellCrm.Domain.Invoices;

public enum InvoiceApplicationStatus
{
    Pending = 0,
    Issued = 1,
    Rejected = 2,
}
