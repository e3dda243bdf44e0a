using CellCrm.Domain.Common;

namespace CellCrm.Domain.Health;

/// <summary>The content of a health plan (方案, §3.5): which cells, how they are given, how many, in how many
/// sessions. Validated on construction, so a plan version can never hold an incomplete plan.</summary>
public sealed record PlanContent
{
    public const int TextMaxLength = 50;
    public const int NotesMaxLength = 1000;
    public const int MaxSessions = 50;

    public PlanContent(string cellType, string route, string cellCount, int sessions, string? notes)
    {
        CellType = Guard.Required(cellType, "细胞类型", TextMaxLength, nameof(CellType));
        Route = Guard.Required(route, "回输方式", TextMaxLength, nameof(Route));
        CellCount = Guard.Required(cellCount, "细胞数量", TextMaxLength, nameof(CellCount));
        if (sessions is < 1 or > MaxSessions)
        {
            throw new DomainException($"疗程次数应在1到{MaxSessions}次之间", nameof(Sessions));
        }

        Sessions = sessions;
        Notes = Guard.Optional(notes, "方案说明", NotesMaxLength, nameof(Notes));
    }

    /// <summary>Routes the manuals name; others may be typed.</summary>
    public static IReadOnlyList<string> CommonRoutes { get; } = ["静脉输注", "局部注射", "皮下注射", "鞘内注射"];

    public string CellType { get; }

    public string Route { get; }

    public string CellCount { get; }

    public int Sessions { get; }

    public string? Notes { get; }
}
