using CellCrm.Domain.Documents;

namespace CellCrm.Domain.Signing.Templates;

/// <summary>细胞交接表: the customer confirms receiving (or handing over) the listed cells in the stated condition.</summary>
public sealed class CellHandoverTemplate(string code, int version)
    : SigningTemplate<CellHandoverData>(code, version, "细胞交接表", SignableDocumentKind.CellHandoverForm)
{
    public override DocumentModel Build(CellHandoverData data)
    {
        RequireNumber(data.FormNumber);
        List<DocumentBlock> blocks =
        [
            new KeyValueTableBlock(
            [
                new("客户", data.CustomerName),
                new("证件类型及号码", Or(data.IdDocument)),
                new("合同编号", data.ContractNumber),
                new("交接时间", data.HandedOverAt),
                new("交接地点", data.Place),
                new("甲方经办人", data.StaffName),
            ]) { Caption = "交接信息" },
            new KeyValueTableBlock(data.Items.Select(i => new KeyValuePair<string, string>($"{i.Name}（{i.SampleNumber}）", $"{i.Quantity}，{i.Condition}")).ToList())
                { Caption = "交接明细" },
            new ParagraphBlock("双方已当面核对上述细胞的名称、编号、数量及外观状态，确认无误。交接后细胞的保管、运输及使用责任由接收方承担。"),
        ];
        blocks.AddRange(SignatureBlocks("客户（签字）：", data.GuardianName));
        return Document(data.FormNumber, blocks);
    }
}
