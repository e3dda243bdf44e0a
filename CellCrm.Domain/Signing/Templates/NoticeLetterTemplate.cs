using CellCrm.Domain.Documents;

namespace CellCrm.Domain.Signing.Templates;

/// <summary>告知函: a notice about a contract that the customer signs to acknowledge.</summary>
public sealed class NoticeLetterTemplate(string code, int version)
    : SigningTemplate<NoticeLetterData>(code, version, "告知函", SignableDocumentKind.NoticeLetter)
{
    public override DocumentModel Build(NoticeLetterData data)
    {
        RequireNumber(data.LetterNumber);
        List<DocumentBlock> blocks =
        [
            new KeyValueTableBlock([new("致", data.CustomerName), new("合同编号", data.ContractNumber), new("事由", data.Subject)]) { Caption = "告知对象" },
            new ParagraphBlock($"尊敬的{data.CustomerName}："),
            new ParagraphBlock(data.Body),
            new ParagraphBlock("本人已阅读并知悉上述告知内容。"),
        ];
        blocks.AddRange(SignatureBlocks("客户（签字）：", null));
        return Document(data.LetterNumber, blocks);
    }
}
