namespace CellCrm.Infrastructure.RealName;

/// <summary>The answer to "send me a code": <see cref="Error"/> is the Chinese message when nothing was sent.</summary>
public sealed record SmsCodeResult(bool Sent, string? Error)
{
    public static readonly SmsCodeResult Ok = new(true, null);

    public static SmsCodeResult Refused(string error) => new(false, error);
}
