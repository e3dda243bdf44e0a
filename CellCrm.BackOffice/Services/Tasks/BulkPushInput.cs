using System.ComponentModel.DataAnnotations;
using CellCrm.Domain.Tasks;

namespace CellCrm.BackOffice.Services.Tasks;

/// <summary>批量推送: one task to every customer in scope with a tag.</summary>
public sealed class BulkPushInput
{
    [Required(ErrorMessage = "请填写客户标签")]
    [StringLength(BulkPushRun.TagMaxLength, ErrorMessage = "客户标签不能超过{1}个字符")]
    public string? Tag { get; set; }

    [Required(ErrorMessage = "请选择任务类型")]
    public CustomerTaskType? Type { get; set; }

    [Required(ErrorMessage = "请填写任务标题")]
    [StringLength(CustomerTask.TitleMaxLength, ErrorMessage = "任务标题不能超过{1}个字符")]
    public string? Title { get; set; }

    [DataType(DataType.Date)]
    public DateOnly? DueDate { get; set; }

    public NewTask ToTask() => new(Type!.Value, Title!, DueDate);
}
