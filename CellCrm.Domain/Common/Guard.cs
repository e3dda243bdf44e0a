namespace CellCrm.Domain.Common;

/// <summary>Checks shared by entity constructors and methods; each failure names the field in Chinese.</summary>
public static class Guard
{
    public static string Required(string? value, string label, int maxLength, string? field = null)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            throw new DomainException($"请填写{label}", field);
        }

        return MaxLength(trimmed, label, maxLength, field)!;
    }

    public static string? Optional(string? value, string label, int maxLength, string? field = null)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : MaxLength(trimmed, label, maxLength, field);
    }

    private static string? MaxLength(string? value, string label, int maxLength, string? field)
    {
        if (value is not null && value.Length > maxLength)
        {
            throw new DomainException($"{label}不能超过{maxLength}个字符", field);
        }

        return value;
    }
}
