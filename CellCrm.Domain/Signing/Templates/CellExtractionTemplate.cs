using CellCrm.Domain.Documents;

namespace CellCrm.Domain.Signing.Templates;

/// <summary>细胞提取申请单: the storer (and a guardian, where one co-signs) applies to take stored cells out.</summary>
public sealed class CellExtractionTemplate(string code, int version)
    : SigningTemplate<CellExtractionData>(code, version, "细胞提取申请单", SignableDocumentKind.CellExtractionApplication)
{
    public override DocumentModel Build(CellExtractionData data)
    {
        RequireNumber(data.ApplicationNumber);
        List<DocumentBlock> blocks =
        [
            new KeyValueTableBlock(
            [
                new("申请人（存储人）", data.CustomerName),
                new("证件类型及号码", Or(data.IdDocument)),
                new("合同编号", data.ContractNumber),
                new("提取细胞", data.CellType),
                new("提取数量", data.Quantity),
                new("用途", data.Purpose),
                new("使用医院", data.Hospital),
                new("预计提取日期", data.PlannedDate),
            ]) { Caption = "申请信息" },
            new ParagraphBlock("申请人确认以上信息真实准确，提取的细胞仅用于上述用途；提取后的运输、使用风险由申请人与使用医院承担，甲方按约定提供复苏、检测与交接服务。"),
        ];
        blocks.AddRange(SignatureBlocks("申请人（签字）：", data.GuardianName));
        return Document(data.ApplicationNumber, blocks);
    }
}
