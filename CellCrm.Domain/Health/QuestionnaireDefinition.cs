using CellCrm.Domain.Common;

namespace CellCrm.Domain.Health;

/// <summary>One question of a questionnaire template. <see cref="Key"/> identifies the answer across versions;
/// <see cref="ExclusiveOption"/> (e.g. "以上情况均无") cannot be chosen together with another option.</summary>
public sealed record Question(string Key, string Text, QuestionType Type, bool Required, IReadOnlyList<string> Options, string? ExclusiveOption = null)
{
    public const int TextMaxLength = 200;
    public const int OptionMaxLength = 100;
}

/// <summary>A titled group of questions (基本信息, 简要病史及生活方式, 干细胞保健筛选禁忌症 …).</summary>
public sealed record QuestionSection(string Title, IReadOnlyList<Question> Questions);

/// <summary>What a customer answers to one question: yes/no (+ detail), chosen options, or text/date.</summary>
public sealed record Answer(bool? Yes = null, string? Detail = null, IReadOnlyList<string>? Choices = null, string? Text = null)
{
    public const int TextMaxLength = 1000;
}

/// <summary>The content of one questionnaire template version: sections of questions. Checked when an
/// administrator saves it, and used to check a customer's answers.</summary>
public sealed class QuestionnaireDefinition
{
    public QuestionnaireDefinition(IReadOnlyList<QuestionSection> sections)
    {
        if (sections.Count == 0 || sections.All(s => s.Questions.Count == 0))
        {
            throw new DomainException("调查表至少需要一个问题");
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var section in sections)
        {
            Guard.Required(section.Title, "分组标题", 50);
            foreach (var q in section.Questions)
            {
                Guard.Required(q.Text, "问题", Question.TextMaxLength);
                if (string.IsNullOrWhiteSpace(q.Key) || !keys.Add(q.Key))
                {
                    throw new DomainException($"问题“{q.Text}”的编号为空或重复");
                }

                var choice = q.Type is QuestionType.SingleChoice or QuestionType.MultipleChoice;
                if (choice && (q.Options.Count < 2 || q.Options.Distinct().Count() != q.Options.Count
                    || q.Options.Any(o => string.IsNullOrWhiteSpace(o) || o.Length > Question.OptionMaxLength)))
                {
                    throw new DomainException($"选择题“{q.Text}”至少需要两个不重复的选项");
                }

                if (q.ExclusiveOption is not null && (q.Type != QuestionType.MultipleChoice || !q.Options.Contains(q.ExclusiveOption)))
                {
                    throw new DomainException($"问题“{q.Text}”的互斥选项必须是它的一个选项");
                }

                if (!choice && q.Options.Count > 0)
                {
                    throw new DomainException($"问题“{q.Text}”不是选择题，不能设置选项");
                }
            }
        }

        Sections = sections;
    }

    public IReadOnlyList<QuestionSection> Sections { get; }

    public IEnumerable<Question> Questions => Sections.SelectMany(s => s.Questions);

    /// <summary>Every problem with <paramref name="answers"/>, keyed by question (empty when they may be
    /// submitted). Answers to unknown questions are refused too, so nothing unvalidated is stored.</summary>
    public IReadOnlyDictionary<string, string> Check(IReadOnlyDictionary<string, Answer> answers, DateOnly today)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in answers.Keys.Where(k => !Questions.Any(q => q.Key == k)))
        {
            errors[key] = "未知的问题";
        }

        foreach (var q in Questions)
        {
            var answer = answers.GetValueOrDefault(q.Key);
            var error = q.Type switch
            {
                QuestionType.YesNo => CheckYesNo(q, answer),
                QuestionType.SingleChoice => CheckChoices(q, answer, single: true),
                QuestionType.MultipleChoice => CheckChoices(q, answer, single: false),
                QuestionType.Text => CheckText(q, answer),
                QuestionType.Date => CheckDate(q, answer, today),
            };
            if (error is not null)
            {
                errors[q.Key] = error;
            }
        }

        return errors;
    }

    private static string? CheckYesNo(Question q, Answer? a)
    {
        if (a?.Yes is null)
        {
            return q.Required ? "请选择有或无" : null;
        }

        if (a.Yes == true && string.IsNullOrWhiteSpace(a.Detail))
        {
            return "选择“有”时请填写具体情况";
        }

        return a.Detail?.Length > Answer.TextMaxLength ? $"具体情况不能超过{Answer.TextMaxLength}个字符" : null;
    }

    private static string? CheckChoices(Question q, Answer? a, bool single)
    {
        var choices = a?.Choices ?? [];
        if (choices.Count == 0)
        {
            return q.Required ? "请选择" : null;
        }

        if (single && choices.Count > 1)
        {
            return "只能选择一项";
        }

        if (!choices.All(q.Options.Contains) || choices.Distinct().Count() != choices.Count)
        {
            return "选项无效";
        }

        return q.ExclusiveOption is { } only && choices.Count > 1 && choices.Contains(only) ? $"“{only}”不能与其他选项同时选择" : null;
    }

    private static string? CheckText(Question q, Answer? a)
    {
        if (string.IsNullOrWhiteSpace(a?.Text))
        {
            return q.Required ? "请填写" : null;
        }

        return a.Text.Length > Answer.TextMaxLength ? $"不能超过{Answer.TextMaxLength}个字符" : null;
    }

    private static string? CheckDate(Question q, Answer? a, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(a?.Text))
        {
            return q.Required ? "请选择日期" : null;
        }

        if (!DateOnly.TryParseExact(a.Text, "yyyy-MM-dd", out var date))
        {
            return "日期格式应为 年-月-日";
        }

        return date > today ? "日期不能晚于今天" : null;
    }
}
