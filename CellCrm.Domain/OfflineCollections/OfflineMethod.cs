namespace CellCrm.Domain.OfflineCollections;

/// <summary>回款方式 of an offline collection, the list of seed 000 §5.5 in its order.</summary>
public enum OfflineMethod
{
    /// <summary>中行聚合码 (微信/支付宝/云闪付).</summary>
    BocAggregatedQr = 0,

    /// <summary>中行-POS机刷卡.</summary>
    BocPosCard = 1,

    /// <summary>招行转账.</summary>
    CmbTransfer = 2,

    /// <summary>工行转账.</summary>
    IcbcTransfer = 3,

    /// <summary>中行转账.</summary>
    BocTransfer = 4,

    /// <summary>中行-微信/支付宝 (POS机扫码).</summary>
    BocPosScan = 5,

    /// <summary>中行-微信/支付宝 (客户扫公司码).</summary>
    BocCompanyCode = 6,

    /// <summary>银联-POS机刷卡.</summary>
    UnionPayPosCard = 7,

    /// <summary>银联-微信/支付宝 (POS机扫码).</summary>
    UnionPayPosScan = 8,

    /// <summary>银联-微信/支付宝 (客户扫公司码).</summary>
    UnionPayCompanyCode = 9,

    /// <summary>微信支付宝.</summary>
    WeChatAlipay = 10,

    /// <summary>预付款抵扣: taken from one of the customer's prepayment orders.</summary>
    PrepaymentDeduction = 11,

    /// <summary>其他 (the method is written out).</summary>
    Other = 12,
}
