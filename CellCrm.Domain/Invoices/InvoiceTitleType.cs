namespace CellCrm.Domain.Invoices;

/// <summary>抬头类型: a person (个人) or a company (企业), which must give its tax id.</summary>
public enum InvoiceTitleType
{
    Personal = 0,
    Company = 1,
}
