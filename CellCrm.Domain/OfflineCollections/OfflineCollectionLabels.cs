namespace CellCrm.Domain.OfflineCollections;

/// <summary>The Chinese names of the offline collection values, as seed 000 §5.3/§5.5 writes them.</summary>
public static class OfflineCollectionLabels
{
    public static string Of(OfflineMethod method) => method switch
    {
        OfflineMethod.BocAggregatedQr => "中行聚合码 (微信/支付宝/云闪付)",
        OfflineMethod.BocPosCard => "中行-POS机刷卡",
        OfflineMethod.CmbTransfer => "招行转账",
        OfflineMethod.IcbcTransfer => "工行转账",
        OfflineMethod.BocTransfer => "中行转账",
        OfflineMethod.BocPosScan => "中行-微信/支付宝 (POS机扫码)",
        OfflineMethod.BocCompanyCode => "中行-微信/支付宝 (客户扫公司码)",
        OfflineMethod.UnionPayPosCard => "银联-POS机刷卡",
        OfflineMethod.UnionPayPosScan => "银联-微信/支付宝 (POS机扫码)",
        OfflineMethod.UnionPayCompanyCode => "银联-微信/支付宝 (客户扫公司码)",
        OfflineMethod.WeChatAlipay => "微信支付宝",
        OfflineMethod.PrepaymentDeduction => "预付款抵扣",
        OfflineMethod.Other => "其他",
    };

    public static string Of(OfflineCollectionStatus status) => status switch
    {
        OfflineCollectionStatus.Draft => "草稿",
        OfflineCollectionStatus.PendingCheck => "待核对",
        OfflineCollectionStatus.Checked => "已核对",
        OfflineCollectionStatus.Erroneous => "核对有误",
    };

    public static string Of(ReceiptCheck check) => check switch
    {
        ReceiptCheck.Matched => "已到账，金额一致",
        ReceiptCheck.NotArrived => "未到账",
        ReceiptCheck.AmountDiffers => "到账金额不符",
    };
}
