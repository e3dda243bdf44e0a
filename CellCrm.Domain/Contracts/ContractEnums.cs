namespace CellCrm.Domain.Contracts;

/// <summary>业务类型 of a contract or order (seed 000 §4.5).</summary>
public enum ContractBusinessType
{
    /// <summary>新生儿干细胞.</summary>
    NewbornStemCell = 0,

    /// <summary>外周血免疫细胞.</summary>
    PeripheralImmuneCell = 1,

    /// <summary>牙髓干细胞.</summary>
    DentalPulpStemCell = 2,

    /// <summary>营销中心细胞健康.</summary>
    CellHealth = 3,

    /// <summary>预付款订单: before the products are known; deducted later from a real contract.</summary>
    Prepayment = 4,
}

/// <summary>合同/订单类型 (seed 000 §4.5). Only autologous storage (电子合同, 纸质合同) is signed by the customer.</summary>
public enum ContractOrderType
{
    /// <summary>电子合同: signed by the customer in WeChat.</summary>
    Electronic = 0,

    /// <summary>纸质合同: signed on paper; the scan is uploaded instead.</summary>
    Paper = 1,

    /// <summary>公库订单.</summary>
    PublicBank = 2,

    /// <summary>自提/转库订单.</summary>
    PickupOrTransfer = 3,

    /// <summary>组织块制备成种子细胞.</summary>
    TissueToSeedCells = 4,
}

/// <summary>合同状态 (SPEC §3.3): 草稿 → 待签署 → 已签署 → 客服审核中 → 已生效; 已终止 / 已变更 through agreements.</summary>
public enum ContractStatus
{
    Draft = 0,
    PendingSignature = 1,
    Signed = 2,
    InReview = 3,
    Effective = 4,
    Terminated = 5,
    Changed = 6,
}

/// <summary>储存证类型.</summary>
public enum CertificateType
{
    /// <summary>电子储存证 (the manual's default, read-only there).</summary>
    Electronic = 0,

    /// <summary>纸质储存证.</summary>
    Paper = 1,
}

/// <summary>政策类型 of a market policy (§4.4). VIP, medical and staff policies need an approved discount application.</summary>
public enum PolicyKind
{
    /// <summary>普通 (开放日、慢病等活动): picked directly on the contract.</summary>
    Ordinary = 0,

    /// <summary>公司特殊VIP.</summary>
    Vip = 1,

    /// <summary>医疗优惠.</summary>
    Medical = 2,

    /// <summary>公司员工.</summary>
    Staff = 3,
}

/// <summary>How a policy lowers the price of an eligible product line.</summary>
public enum DiscountKind
{
    /// <summary>按比例优惠: at most N % off the line.</summary>
    Percentage = 0,

    /// <summary>立减金额: at most a fixed amount off each unit.</summary>
    AmountOff = 1,
}

/// <summary>优惠申请 status, moved only by the outcome of its approval.</summary>
public enum DiscountApplicationStatus
{
    Pending = 0,
    Approved = 1,
    Rejected = 2,
    Withdrawn = 3,
}
