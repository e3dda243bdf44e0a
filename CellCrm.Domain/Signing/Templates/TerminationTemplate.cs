using CellCrm.Domain.Documents;

namespace CellCrm.Domain.Signing.Templates;

/// <summary>终止协议: R-03 before sampling (what was paid and not yet spent is refunded) or R-04 after sampling
/// (the costs already incurred are kept).</summary>
public sealed class TerminationTemplate(string code, int version, bool afterSampling)
    : SigningTemplate<TerminationData>(code, version, afterSampling ? "终止协议（采样后）" : "终止协议（采样前）",
        afterSampling ? SignableDocumentKind.TerminationAfterSampling : SignableDocumentKind.TerminationBeforeSampling)
{
    public override DocumentModel Build(TerminationData data)
    {
        RequireNumber(data.AgreementNumber);
        List<DocumentBlock> blocks =
        [
            new KeyValueTableBlock(
            [
                new("甲方", "细胞库（以电子公章为准）"),
                new("乙方", data.CustomerName),
                new("证件类型及号码", Or(data.IdDocument)),
                new("原合同编号", data.ContractNumber),
                new("原合同产品", data.Products),
                new("已付金额", Yuan(data.PaidFen)),
                new("退款金额", Yuan(data.RefundFen)),
            ]) { Caption = "协议双方及原合同" },
            new ParagraphBlock($"终止原因：{data.Reason}"),
            new ParagraphBlock(afterSampling
                ? "第1条　双方确认原合同项下的细胞样本已完成采集。经乙方申请，双方同意自本协议生效之日起终止原合同；已发生的采集、检测、制备及存储费用不予退还，甲方按上表所列金额向乙方退款。"
                : "第1条　双方确认原合同项下的细胞样本尚未采集。经乙方申请，双方同意自本协议生效之日起终止原合同，甲方按上表所列金额向乙方退还已付款项。"),
            new ParagraphBlock(afterSampling
                ? "第2条　原合同终止后，已采集的样本由甲方按乙方书面选择的方式处理（销毁、转出或捐赠科研），处理前乙方可申请提取。"
                : "第2条　原合同终止后，双方不再就原合同承担采集、制备及存储义务。"),
            new ParagraphBlock("第3条　退款在本协议生效并经甲方审批后，按乙方提供的账户信息原路或转账退回；乙方提供的账户信息不正确导致退款失败的，由乙方承担相应后果。"),
            new ParagraphBlock("第4条　本协议经双方电子签署后生效，与原合同具有同等法律效力；本协议未约定的事项，仍按原合同执行。"),
        ];
        blocks.AddRange(SignatureBlocks("乙方（签字）：", data.GuardianName));
        return Document(data.AgreementNumber, blocks);
    }
}
