using CellCrm.Domain.Documents;

namespace CellCrm.Domain.Health;

/// <summary>The printed form of a signed questionnaire: the customer and list, every question with its answer in
/// words, the customer's declaration and the handwritten signature with the verified name and time.</summary>
public static class QuestionnaireDocument
{
    public const string SignatureField = "customer";
    public const string Declaration = "本人承诺以上所填信息真实、完整。如有隐瞒或虚报，由此产生的后果由本人承担。";

    public static DocumentModel Build(string templateName, int versionNumber, string demandListNumber, string signerName,
        DateTimeOffset signedAt, QuestionnaireDefinition definition, IReadOnlyDictionary<string, Answer> answers)
    {
        var blocks = new List<DocumentBlock>
        {
            new KeyValueTableBlock(
            [
                new("姓名", signerName),
                new("需求清单", demandListNumber),
                new("提交时间", Common.ChinaTime.Format(signedAt)),
            ]) { Caption = "基本信息" },
        };
        foreach (var section in definition.Sections)
        {
            blocks.Add(new HeadingBlock(section.Title));
            blocks.Add(new KeyValueTableBlock(section.Questions
                .Select(q => new KeyValuePair<string, string>(q.Text, QuestionnaireAnswers.Display(q, answers.GetValueOrDefault(q.Key))))
                .ToList()));
        }

        blocks.Add(new ParagraphBlock(Declaration));
        blocks.Add(new SignatureFieldBlock(SignatureField, "客户签名"));
        return new DocumentModel(templateName, blocks) { Subtitle = $"需求清单 {demandListNumber} · 调查表第 {versionNumber} 版" };
    }
}
