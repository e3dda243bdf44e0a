using System.Text.Encodings.Web;
using System.Text.Json;
using CellCrm.Domain.Common;

namespace CellCrm.Domain.Health;

/// <summary>The stored form of a definition (JSON), read back through the same checks.</summary>
public static class QuestionnaireJson
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(QuestionnaireDefinition definition) => JsonSerializer.Serialize(definition.Sections, Options);

    public static QuestionnaireDefinition Read(string json) =>
        new(JsonSerializer.Deserialize<List<QuestionSection>>(json, Options) ?? throw new DomainException("调查表内容无效"));
}
