using System.Text.Json;
using System.Text.Json.Serialization;

namespace CellCrm.Infrastructure.WeChatPay;

/// <summary>The JSON of WeChat Pay API v3: snake_case names, absent optional fields left out.</summary>
public static class WeChatPayJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    /// <summary>The parsed value, or null when the text is not the expected JSON.</summary>
    public static T? TryDeserialize<T>(string text)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(text, Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
