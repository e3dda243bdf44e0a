using System.ComponentModel.DataAnnotations;
using CellCrm.Domain.Common;
using CellCrm.Domain.Customers;

namespace CellCrm.BackOffice.Pages.Customers;

/// <summary>添加跟进记录: type, content and the next follow-up time as staff enter it, in China time.</summary>
public sealed class FollowUpInput
{
    public FollowUpType Type { get; set; } = FollowUpType.Phone;

    [Required(ErrorMessage = "请填写跟进内容")]
    [StringLength(FollowUp.ContentMaxLength, ErrorMessage = "跟进内容不能超过{1}个字符")]
    public string? Content { get; set; }

    /// <summary>A datetime-local value: wall-clock time in Asia/Shanghai, whatever the server's zone.</summary>
    public DateTime? NextAt { get; set; }

    public DateTimeOffset? NextAtInstant => NextAt is { } local
        ? new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), ChinaTime.Zone.GetUtcOffset(local))
        : null;
}
