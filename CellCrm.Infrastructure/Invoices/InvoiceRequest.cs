using CellCrm.Domain.Invoices;

namespace CellCrm.Infrastructure.Invoices;

/// <summary>开票申请 as the advisor submits it; <see cref="RequestKey"/> is issued with the form.</summary>
public sealed record InvoiceRequest(Guid ContractId, InvoiceTitleType TitleType, string Title, string? TaxId, long AmountFen, string Email, Guid RequestKey);
