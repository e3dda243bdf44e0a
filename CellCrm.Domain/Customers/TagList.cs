namespace CellCrm.Domain.Customers;

/// <summary>Tags as staff type them in one box: separated by commas (half- or full-width), 、 or semicolons.</summary>
public static class TagList
{
    private static readonly char[] Separators = [',', '，', '、', ';', '；', '\n', '\r'];

    public static IReadOnlyList<string> Parse(string? text) =>
        (text ?? "").Split(Separators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Distinct(StringComparer.Ordinal)
            .ToList();

    public static string Format(IEnumerable<string> names) => string.Join("，", names);
}
