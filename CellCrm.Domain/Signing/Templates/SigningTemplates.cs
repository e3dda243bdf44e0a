using CellCrm.Domain.Common;
using CellCrm.Domain.Contracts;

namespace CellCrm.Domain.Signing.Templates;

/// <summary>The document templates, every version kept: a document made from version N is printed again from
/// version N after a newer one is added. New documents use the latest version of a code.</summary>
public static class SigningTemplates
{
    public const string R03 = "agreement-r03";
    public const string R04 = "agreement-r04";
    public const string StorageChangeCode = "agreement-storage-change";
    public const string NoticeLetterCode = "notice-letter";
    public const string CellExtractionCode = "cell-extraction";
    public const string CellHandoverCode = "cell-handover";

    private static readonly string[] Storage =
    [
        "细胞样本的采集应在双方确认的签约医院进行，采集前乙方应如实告知健康状况及既往病史，并配合完成相应的体检项目；采集由签约医院的医务人员按操作规范完成。",
        "甲方应在收到样本后按国家相关标准完成运输、检测与制备，检测结果以书面或电子报告形式告知乙方；检测不合格的，甲方应及时通知乙方并按约定处理，已付款项按终止协议的约定办理。",
        "存储期限自样本入库之日起计算，存储期间甲方应保证储存条件符合标准（-196℃液氮气相存储），并每年向乙方提供存储状态说明；乙方可随时在微信公众号中查询储存证及存储状态。",
    ];

    private static readonly ContractTemplate[] Contracts =
    [
        new("contract-newborn", 1, ContractBusinessType.NewbornStemCell, "新生儿干细胞存储服务合同",
            ["甲方为乙方提供新生儿脐带、胎盘及脐血干细胞的采集、检测、制备与存储服务，具体项目以本合同所列产品为准。", .. Storage]),
        new("contract-immune", 1, ContractBusinessType.PeripheralImmuneCell, "外周血免疫细胞存储服务合同",
            ["甲方为乙方提供外周血免疫细胞的采集、分离、检测、制备与存储服务，具体项目以本合同所列产品为准；采血前乙方须完成健康调查与体检。", .. Storage]),
        new("contract-dental", 1, ContractBusinessType.DentalPulpStemCell, "牙髓干细胞存储服务合同",
            ["甲方为乙方提供乳牙或智齿牙髓干细胞的采集、分离、检测、制备与存储服务，具体项目以本合同所列产品为准；拔牙由签约口腔医院完成。", .. Storage]),
        new("contract-cellhealth", 1, ContractBusinessType.CellHealth, "细胞健康服务合同",
            ["甲方为乙方提供本合同所列的细胞健康服务，服务方案以医学专家审核通过的需求清单及方案为准；服务前乙方须完成健康调查与体检。", .. Storage]),
        new("contract-prepayment", 1, ContractBusinessType.Prepayment, "细胞服务预付款协议",
            ["乙方向甲方预付本协议所列款项，用于抵扣日后签订的细胞服务合同的费用；预付款在签订正式合同时按约定抵扣，未使用部分按约定退还。", .. Storage]),
    ];

    private static readonly ISigningTemplate[] Others =
    [
        new TerminationTemplate(R03, 1, afterSampling: false),
        new TerminationTemplate(R04, 1, afterSampling: true),
        new StorageChangeTemplate(StorageChangeCode, 1),
        new NoticeLetterTemplate(NoticeLetterCode, 1),
        new CellExtractionTemplate(CellExtractionCode, 1),
        new CellHandoverTemplate(CellHandoverCode, 1),
    ];

    public static IReadOnlyList<ISigningTemplate> All { get; } = [.. Contracts, .. Others];

    /// <summary>The exact version a document was made from.</summary>
    public static ISigningTemplate Find(string code, int version) =>
        All.FirstOrDefault(t => t.Code == code && t.Version == version) ?? throw new DomainException($"文件模板{code}第{version}版不存在");

    /// <summary>The latest version of <paramref name="code"/>, for new documents.</summary>
    public static T Latest<T>(string code) where T : ISigningTemplate =>
        All.OfType<T>().Where(t => t.Code == code).MaxBy(t => t.Version) ?? throw new DomainException($"文件模板{code}不存在");

    /// <summary>The latest contract template of a business type.</summary>
    public static ContractTemplate ForContract(ContractBusinessType type) =>
        Contracts.Where(t => t.BusinessType == type).MaxBy(t => t.Version) ?? throw new DomainException($"{ContractLabels.Of(type)}尚无合同模板");
}
