using CellCrm.Domain.Common;

namespace CellCrm.Domain.Health;

/// <summary>One published version of a template; never changed after publishing.</summary>
public class QuestionnaireTemplateVersion : Entity
{
    private QuestionnaireTemplateVersion()
    {
        DefinitionJson = "";
    }

    internal QuestionnaireTemplateVersion(Guid templateId, int number, string definitionJson, Guid publishedById, DateTimeOffset publishedAt)
    {
        TemplateId = templateId;
        Number = number;
        DefinitionJson = definitionJson;
        PublishedById = publishedById;
        PublishedAt = publishedAt;
    }

    public Guid TemplateId { get; private set; }

    public int Number { get; private set; }

    public string DefinitionJson { get; private set; }

    public Guid PublishedById { get; private set; }

    public DateTimeOffset PublishedAt { get; private set; }

    public QuestionnaireDefinition Definition => QuestionnaireJson.Read(DefinitionJson);
}
