using CellCrm.Domain.Contracts;
using CellCrm.Domain.Documents;

namespace CellCrm.Domain.Signing.Templates;

/// <summary>合同 of one business type (about three A4 pages): the parties, the products and amounts from the
/// contract lines, the service clauses of the business type and the general terms, then the signatures.</summary>
public sealed class ContractTemplate(string code, int version, ContractBusinessType businessType, string title, IReadOnlyList<string> serviceClauses)
    : SigningTemplate<ContractSigningData>(code, version, title, SignableDocumentKind.Contract)
{
    private static readonly string[] GeneralTerms =
    [
        "乙方应按本合同约定的金额、付款方式和期限支付服务费用；逾期未付的，甲方有权书面催告，催告后三十日内仍未支付的，甲方可按本合同约定暂停服务。" +
        "乙方通过甲方提供的线上付款链接或对公账户付款，付款凭证与甲方出具的收款记录具有同等效力。",
        "乙方如需提取、转移或变更存储方式（如三存改双存、三存改单存、双存改单存），应提交书面申请，经甲方审核同意后签订储存项目变更协议办理，" +
        "相关费用按届时标准执行；其他变更方式甲方不予办理。",
        "在采样前，乙方可书面申请终止本合同，双方签订终止协议（采样前），甲方退还乙方已付款项中尚未发生的费用；采样后终止的，" +
        "双方签订终止协议（采样后），已发生的采集、检测、制备及存储费用不予退还。",
        "甲方对乙方的个人信息、健康信息及样本信息负有保密义务，仅为履行本合同之目的使用，未经乙方书面同意不得向任何第三方披露，" +
        "法律法规另有规定或有权机关依法要求的除外。",
        "任何一方违反本合同约定，应承担相应的违约责任并赔偿由此给对方造成的直接损失；因不可抗力导致合同无法履行的，双方互不承担违约责任，" +
        "但应在不可抗力发生后及时通知对方并提供相应证明。",
        "甲方向乙方发出的通知、告知函及待办事项，通过乙方绑定的微信公众号消息或短信送达，乙方联系方式变更的应及时告知甲方；" +
        "因乙方未及时告知导致无法送达的，视为已送达。",
        "本合同履行过程中发生争议的，双方应友好协商解决；协商不成的，任何一方均可向甲方所在地人民法院提起诉讼。",
        "本合同经乙方实名认证后在线手写签名并由甲方加盖电子公章、以数字证书签名后生效，电子签署与纸质签署具有同等法律效力；" +
        "签署后的合同文件以数字签名保护，任何改动均可被验证发现。本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等效力。",
    ];

    public ContractBusinessType BusinessType { get; } = businessType;

    public override DocumentModel Build(ContractSigningData data)
    {
        RequireNumber(data.ContractNumber);
        var blocks = new List<DocumentBlock>
        {
            new KeyValueTableBlock(
            [
                new("甲方", "细胞库（以电子公章为准）"),
                new("乙方（存储人）", data.CustomerName),
                new("证件类型及号码", Or(data.IdDocument)),
                new("联系电话", Or(data.Mobile)),
                new("业务类型", data.BusinessType),
                new("签约医院 / 科室", data.Hospital),
                new("存储城市", data.StorageCity),
                new("储存证类型", data.CertificateType),
            ]) { Caption = "合同双方" },
        };
        if (data.GuardianName is not null)
        {
            blocks.Add(new ParagraphBlock($"乙方的监护人{data.GuardianName}同意乙方签订本合同，并在本合同上共同签字。"));
        }

        var lines = data.Lines.Select(l => new KeyValuePair<string, string>($"{l.Product} × {l.Quantity}",
            l.AmountAfterFen == l.AmountBeforeFen ? Yuan(l.AmountAfterFen) : $"原价 {Yuan(l.AmountBeforeFen)}　优惠后 {Yuan(l.AmountAfterFen)}")).ToList();
        lines.Add(new("合同金额（优惠前）", Yuan(data.AmountBeforeFen)));
        lines.Add(new("合同金额（应付）", Yuan(data.AmountFen)));
        lines.Add(new("市场政策", data.MarketPolicy ?? "未参与"));
        blocks.Add(new KeyValueTableBlock(lines) { Caption = "产品及金额" });

        var number = 1;
        blocks.Add(new HeadingBlock("一、服务内容"));
        foreach (var clause in serviceClauses)
        {
            blocks.Add(new ParagraphBlock($"第{number++}条　{clause}"));
        }

        blocks.Add(new HeadingBlock("二、双方权利与义务"));
        foreach (var clause in GeneralTerms)
        {
            blocks.Add(new ParagraphBlock($"第{number++}条　{clause}"));
        }

        if (data.CharityOptIn)
        {
            blocks.Add(new ParagraphBlock($"第{number}条　乙方自愿加入“拯救慢飞天使”公益行动，具体权益以公益行动规则为准。"));
        }

        blocks.Add(new ParagraphBlock("乙方确认已仔细阅读并理解本合同全部条款，特别是有关费用、终止、变更及责任限制的条款，自愿签署本合同。"));
        blocks.AddRange(SignatureBlocks("乙方（签字）：", data.GuardianName));
        return Document(data.ContractNumber, blocks);
    }
}
