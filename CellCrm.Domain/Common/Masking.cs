namespace CellCrm.Domain.Common;

/// <summary>How personal numbers appear in lists: enough to recognise, not enough to use.</summary>
public static class Masking
{
    /// <summary>13800138000 → 138****8000.</summary>
    public static string Mobile(string? mobile) =>
        string.IsNullOrEmpty(mobile) ? "" : mobile.Length < 7 ? new string('*', mobile.Length) : $"{mobile[..3]}****{mobile[^4..]}";

    /// <summary>Keeps the first 3 and last 4 characters: 110105********1234.</summary>
    public static string IdNumber(string? number)
    {
        if (string.IsNullOrEmpty(number))
        {
            return "";
        }

        return number.Length <= 7 ? new string('*', number.Length) : number[..3] + new string('*', number.Length - 7) + number[^4..];
    }
}
