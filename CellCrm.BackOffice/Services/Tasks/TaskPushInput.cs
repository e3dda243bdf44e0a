using System.ComponentModel.DataAnnotations;
using CellCrm.Domain.Tasks;

namespace CellCrm.BackOffice.Services.Tasks;

/// <summary>推送任务 as staff fill it in; <see cref="RequestKey"/> is issued with the form so that submitting it
/// twice pushes once.</summary>
public sealed class TaskPushInput
{
    [Required(ErrorMessage = "请选择任务类型")]
    public CustomerTaskType? Type { get; set; }

    [Required(ErrorMessage = "请填写任务标题")]
    [StringLength(CustomerTask.TitleMaxLength, ErrorMessage = "任务标题不能超过{1}个字符")]
    public string? Title { get; set; }

    [DataType(DataType.Date)]
    public DateOnly? DueDate { get; set; }

    [Required(ErrorMessage = "表单已失效，请刷新页面后重试")]
    public Guid? RequestKey { get; set; }

    public NewTask ToTask() => new(Type!.Value, Title!, DueDate);
}
