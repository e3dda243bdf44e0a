using CellCrm.Domain.Documents;

namespace CellCrm.Domain.Signing.Templates;

/// <summary>储存项目变更协议: changes the storage of a contract (三存改双存, 三存改单存, 双存改单存) and its amount.</summary>
public sealed class StorageChangeTemplate(string code, int version)
    : SigningTemplate<StorageChangeData>(code, version, "储存项目变更协议", SignableDocumentKind.StorageChange)
{
    public override DocumentModel Build(StorageChangeData data)
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
                new("变更前储存项目", data.StorageBefore),
                new("变更后储存项目", data.StorageAfter),
                new("变更前合同金额", Yuan(data.AmountBeforeFen)),
                new("变更后合同金额", Yuan(data.AmountAfterFen)),
            ]) { Caption = "协议双方及变更内容" },
            new ParagraphBlock("第1条　经乙方申请，双方同意按上表变更原合同的储存项目及合同金额，变更自本协议生效之日起执行。"),
            new ParagraphBlock("第2条　变更后多付的款项由甲方按约定退还乙方，少付的款项由乙方按约定补足；已发生的采集、检测、制备费用不因变更而退还。"),
            new ParagraphBlock("第3条　本协议经双方电子签署后生效，与原合同具有同等法律效力；本协议未约定的事项，仍按原合同执行。"),
        ];
        blocks.AddRange(SignatureBlocks("乙方（签字）：", data.GuardianName));
        return Document(data.AgreementNumber, blocks);
    }
}
