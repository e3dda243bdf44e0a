namespace CellCrm.BackOffice.Services.DemandReports;

/// <summary>What a staff member may do with the reports of one demand list.</summary>
public enum ReportRight
{
    NotFound = 0,
    Denied = 1,

    /// <summary>Preview and download (e.g. the list's medical expert).</summary>
    View = 2,

    /// <summary>Also 代客户上传, remove, 完成上传 and reopen: customer-facing roles within their data scope.</summary>
    Manage = 3,
}
