namespace CellCrm.Domain.Messaging;

/// <summary>The field names of the outbox's template messages; configuration maps them to a template's keywords.</summary>
public static class TemplateFields
{
    public const string Name = "name";
    public const string Type = "type";
    public const string Title = "title";
    public const string Due = "due";
}
