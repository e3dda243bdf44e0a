namespace CellCrm.Domain.Invoices;

public static class InvoiceLabels
{
    public static string Of(InvoiceApplicationStatus status) => status switch
    {
        InvoiceApplicationStatus.Pending => "待开票",
        InvoiceApplicationStatus.Issued => "已开票",
        InvoiceApplicationStatus.Rejected => "已驳回",
    };

    public static string Of(InvoiceTitleType type) => type switch
    {
        InvoiceTitleType.Personal => "个人",
        InvoiceTitleType.Company => "企业",
    };
}
