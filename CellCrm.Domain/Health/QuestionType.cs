namespace CellCrm.Domain.Health;

/// <summary>The kinds of question a questionnaire template may hold (issue: yes/no with detail, single/multiple
/// choice, text, date).</summary>
public enum QuestionType
{
    /// <summary>有/无; "有" asks for the detail.</summary>
    YesNo = 0,
    SingleChoice = 1,
    MultipleChoice = 2,
    Text = 3,
    Date = 4,
}
