using System.Text.Encodings.Web;
using System.Text.Json;

namespace CellCrm.Domain.Health;

/// <summary>A customer's answers as they are kept: tidied against the definition (trimmed, the detail only with
/// "有", choices in the template's order, unanswered optional questions left out), stored as JSON, and shown in
/// the signed PDF and to staff in the same words.</summary>
public static class QuestionnaireAnswers
{
    public const string Yes = "有";
    public const string No = "无";
    public const string Unanswered = "未填写";

    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Dictionary<string, Answer> Normalize(QuestionnaireDefinition definition, IReadOnlyDictionary<string, Answer> answers)
    {
        var tidy = new Dictionary<string, Answer>(StringComparer.Ordinal);
        foreach (var q in definition.Questions)
        {
            if (answers.GetValueOrDefault(q.Key) is not { } a)
            {
                continue;
            }

            Answer? kept = q.Type switch
            {
                QuestionType.YesNo => a.Yes is null ? null : new Answer(Yes: a.Yes, Detail: a.Yes == true ? a.Detail?.Trim() : null),
                QuestionType.SingleChoice or QuestionType.MultipleChoice => a.Choices is { Count: > 0 } chosen
                    ? new Answer(Choices: q.Options.Where(chosen.Contains).ToList()) : null,
                QuestionType.Text or QuestionType.Date => string.IsNullOrWhiteSpace(a.Text) ? null : new Answer(Text: a.Text.Trim()),
            };
            if (kept is not null)
            {
                tidy[q.Key] = kept;
            }
        }

        return tidy;
    }

    public static string Write(IReadOnlyDictionary<string, Answer> answers) => JsonSerializer.Serialize(answers, Options);

    public static Dictionary<string, Answer> Read(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, Answer>>(json, Options) ?? [];

    /// <summary>The answer in words: "无", "有：祖父肺癌", "孕妇、癫痫病史", the text or date, or "未填写".</summary>
    public static string Display(Question question, Answer? answer) => question.Type switch
    {
        QuestionType.YesNo => answer?.Yes switch
        {
            true => string.IsNullOrWhiteSpace(answer.Detail) ? Yes : $"{Yes}：{answer.Detail}",
            false => No,
            null => Unanswered,
        },
        QuestionType.SingleChoice or QuestionType.MultipleChoice => answer?.Choices is { Count: > 0 } chosen ? string.Join("、", chosen) : Unanswered,
        QuestionType.Text or QuestionType.Date => string.IsNullOrWhiteSpace(answer?.Text) ? Unanswered : answer.Text,
    };
}
