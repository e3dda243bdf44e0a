using CellCrm.Domain.Common;
using CellCrm.Domain.Health;

namespace CellCrm.Domain.Tests.Health;

public class QuestionnaireTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);

    private static Dictionary<string, Answer> Complete() => new()
    {
        ["family_chronic"] = new Answer(Yes: false),
        ["family_tumour"] = new Answer(Yes: true, Detail: "祖父肺癌"),
        ["allergy"] = new Answer(Yes: false),
        ["disease_history"] = new Answer(Yes: false),
        ["main_complaint"] = new Answer(Text: "睡眠欠佳"),
        ["contraindications"] = new Answer(Choices: [DefaultQuestionnaire.NoneOfTheAbove]),
    };

    [Fact]
    public void DefaultTemplate_AcceptsACompleteAnswer()
    {
        Assert.Empty(DefaultQuestionnaire.Definition.Check(Complete(), Today));
    }

    [Fact]
    public void MissingRequiredAnswers_AreReportedPerQuestion()
    {
        var answers = Complete();
        answers.Remove("allergy");
        answers.Remove("main_complaint");

        var errors = DefaultQuestionnaire.Definition.Check(answers, Today);

        Assert.Equal("请选择有或无", errors["allergy"]);
        Assert.Equal("请填写", errors["main_complaint"]);
        Assert.Equal(2, errors.Count);
    }

    [Fact]
    public void Yes_NeedsTheDetail()
    {
        var answers = Complete();
        answers["allergy"] = new Answer(Yes: true, Detail: " ");

        Assert.Equal("选择“有”时请填写具体情况", DefaultQuestionnaire.Definition.Check(answers, Today)["allergy"]);
    }

    [Fact]
    public void NoneOfTheAbove_CannotBeCombined_AndUnknownOptionsAreRefused()
    {
        var answers = Complete();
        answers["contraindications"] = new Answer(Choices: ["孕妇", DefaultQuestionnaire.NoneOfTheAbove]);
        Assert.Equal("“以上情况均无”不能与其他选项同时选择", DefaultQuestionnaire.Definition.Check(answers, Today)["contraindications"]);

        answers["contraindications"] = new Answer(Choices: ["随便写的"]);
        Assert.Equal("选项无效", DefaultQuestionnaire.Definition.Check(answers, Today)["contraindications"]);
    }

    [Fact]
    public void AnswersToUnknownQuestions_AreRefused()
    {
        var answers = Complete();
        answers["injected"] = new Answer(Text: "x");

        Assert.Equal("未知的问题", DefaultQuestionnaire.Definition.Check(answers, Today)["injected"]);
    }

    [Fact]
    public void Dates_AreCheckedForFormatAndFuture()
    {
        var definition = new QuestionnaireDefinition([new QuestionSection("其他", [new Question("last_exam", "最近体检日期", QuestionType.Date, true, [])])]);

        Assert.Equal("日期格式应为 年-月-日", definition.Check(new Dictionary<string, Answer> { ["last_exam"] = new(Text: "2026/1/1") }, Today)["last_exam"]);
        Assert.Equal("日期不能晚于今天", definition.Check(new Dictionary<string, Answer> { ["last_exam"] = new(Text: "2026-12-01") }, Today)["last_exam"]);
        Assert.Empty(definition.Check(new Dictionary<string, Answer> { ["last_exam"] = new(Text: "2026-06-01") }, Today));
    }

    [Theory]
    [InlineData(QuestionType.SingleChoice, new[] { "是" }, "选择题“Q”至少需要两个不重复的选项")]
    [InlineData(QuestionType.Text, new[] { "是", "否" }, "问题“Q”不是选择题，不能设置选项")]
    public void BadDefinitions_AreRefused(QuestionType type, string[] options, string message)
    {
        Assert.Equal(message, Assert.Throws<DomainException>(() =>
            new QuestionnaireDefinition([new QuestionSection("S", [new Question("q", "Q", type, true, options)])])).Message);
    }

    [Fact]
    public void DuplicateKeys_AreRefused()
    {
        Assert.Contains("编号为空或重复", Assert.Throws<DomainException>(() => new QuestionnaireDefinition(
            [new QuestionSection("S", [new Question("q", "A", QuestionType.Text, true, []), new Question("q", "B", QuestionType.Text, true, [])])])).Message);
    }

    [Fact]
    public void Publishing_AddsAVersion_AndKeepsEarlierOnesUnchanged()
    {
        var template = new QuestionnaireTemplate(DefaultQuestionnaire.Name, null, DefaultQuestionnaire.Definition, Guid.NewGuid(), DateTimeOffset.UnixEpoch);
        var first = template.CurrentVersion;

        var changed = new QuestionnaireDefinition([.. DefaultQuestionnaire.Definition.Sections,
            new QuestionSection("生活方式", [new Question("smoking", "是否吸烟", QuestionType.YesNo, false, [])])]);
        template.Publish(changed, Guid.NewGuid(), DateTimeOffset.UnixEpoch.AddDays(1));

        Assert.Equal(2, template.CurrentVersion.Number);
        Assert.DoesNotContain(first.Definition.Questions, q => q.Key == "smoking");
        Assert.Contains(template.CurrentVersion.Definition.Questions, q => q.Key == "smoking");
        // The stored JSON keeps Chinese readable and reads back to the same questions.
        Assert.Contains("家族慢性疾病史", first.DefinitionJson);
        Assert.Equal(DefaultQuestionnaire.Definition.Questions.Select(q => q.Key), first.Definition.Questions.Select(q => q.Key));
    }

    [Fact]
    public void DefaultTemplate_CannotBeDeactivated()
    {
        var template = new QuestionnaireTemplate(DefaultQuestionnaire.Name, null, DefaultQuestionnaire.Definition, Guid.NewGuid(), DateTimeOffset.UnixEpoch);

        Assert.Equal("默认调查表不能停用", Assert.Throws<DomainException>(template.Deactivate).Message);
    }
}
