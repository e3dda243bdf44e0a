using CellCrm.Domain.Health;

namespace CellCrm.Domain.Tests.Health;

public class ExamChecklistTests
{
    [Theory]
    [InlineData(0, "儿童体检项目")]
    [InlineData(17, "儿童体检项目")]
    [InlineData(18, "成人体检项目")]
    [InlineData(65, "成人体检项目")]
    [InlineData(null, "成人体检项目")]
    public void ForAge_ChildUnderEighteen_AdultOtherwiseAndWhenUnknown(int? age, string title)
    {
        Assert.Equal(title, ExamChecklist.ForAge(age).Title);
    }

    [Fact]
    public void Adult_HasTheSeedGroups_ChildHasNoTumourMarkers()
    {
        Assert.Equal(["一般检查", "血液检测", "传染病检测", "肿瘤标记物检测"], ExamChecklist.Adult.Groups.Select(g => g.Name));
        Assert.Contains(ExamChecklist.Adult.Groups[3].Items, i => i.StartsWith("男性：甲胎蛋白AFP"));
        Assert.DoesNotContain(ExamChecklist.Child.Groups, g => g.Name == "肿瘤标记物检测");
    }
}
