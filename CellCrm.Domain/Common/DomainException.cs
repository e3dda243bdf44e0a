namespace CellCrm.Domain.Common;

/// <summary>A business rule was broken. The message is shown to the user as it is, so it is written in Chinese;
/// <see cref="Field"/> names the input it concerns when there is one.</summary>
public class DomainException(string message, string? field = null) : Exception(message)
{
    public string? Field { get; } = field;
}
