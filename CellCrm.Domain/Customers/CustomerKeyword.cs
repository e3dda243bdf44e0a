namespace CellCrm.Domain.Customers;

/// <summary>What a customer search box entry means: a whole mobile or ID number is looked up exactly (the
/// numbers are encrypted, so a part of one cannot be searched); anything else is part of a name.</summary>
public sealed record CustomerKeyword(CustomerKeywordKind Kind, string Value)
{
    public static CustomerKeyword Parse(string? text)
    {
        var trimmed = (text ?? "").Trim();
        if (trimmed.Length == 0)
        {
            return new(CustomerKeywordKind.None, "");
        }

        if (MobileNumber.Validate(trimmed) is null)
        {
            return new(CustomerKeywordKind.Mobile, MobileNumber.Normalize(trimmed));
        }

        var compact = IdDocument.Normalize(trimmed);
        if (compact.Any(char.IsAsciiDigit))
        {
            return Enum.GetValues<IdDocumentType>().Any(t => IdDocument.Validate(t, compact) is null)
                ? new(CustomerKeywordKind.IdNumber, compact)
                : IsNumberLike(compact) ? new(CustomerKeywordKind.IncompleteNumber, compact) : new(CustomerKeywordKind.Name, trimmed);
        }

        return new(CustomerKeywordKind.Name, trimmed);
    }

    private static bool IsNumberLike(string compact) =>
        compact.All(c => char.IsAsciiDigit(c) || c is 'X' or '-' or '+');
}
