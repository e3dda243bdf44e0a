using System.Text.Encodings.Web;
using System.Text.Json;
using CellCrm.Domain.Common;
using CellCrm.Domain.Documents;

namespace CellCrm.Domain.Signing.Templates;

/// <summary>A template filled from the data record <typeparamref name="TData"/>, kept on the document as JSON.</summary>
public abstract class SigningTemplate<TData>(string code, int version, string title, SignableDocumentKind kind) : ISigningTemplate
    where TData : class
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string Code { get; } = code;

    public int Version { get; } = version;

    public string Title { get; } = title;

    public SignableDocumentKind Kind { get; } = kind;

    public string Write(TData data) => JsonSerializer.Serialize(data, Options);

    public DocumentModel Build(string dataJson)
    {
        TData? data;
        try
        {
            data = JsonSerializer.Deserialize<TData>(dataJson, Options);
        }
        catch (JsonException)
        {
            data = null;
        }

        return Build(data ?? throw new DomainException("文件数据无效，请重新生成"));
    }

    public abstract DocumentModel Build(TData data);

    /// <summary>The signature block every template ends with: the customer, the guardian when one co-signs, and the
    /// company's field, which receives the seal.</summary>
    protected static IEnumerable<DocumentBlock> SignatureBlocks(string customerLabel, string? guardianName)
    {
        yield return new SignatureFieldBlock(SignatureFields.Customer, customerLabel);
        if (guardianName is not null)
        {
            yield return new SignatureFieldBlock(SignatureFields.Guardian, "监护人（签字）：");
        }

        yield return new SignatureFieldBlock(SignatureFields.Company, "甲方（盖章）：");
    }

    protected DocumentModel Document(string number, IEnumerable<DocumentBlock> blocks) =>
        new(Title, blocks.ToList()) { Subtitle = $"编号 {number} · 模板 {Code} 第 {Version} 版", SealFieldName = SignatureFields.Company };

    protected static string Yuan(long fen) => "¥" + Contracts.Money.Yuan(fen);

    protected static string Or(string? value) => string.IsNullOrWhiteSpace(value) ? "—" : value;

    protected static void RequireNumber(string? number)
    {
        if (string.IsNullOrWhiteSpace(number))
        {
            throw new DomainException("文件编号不能为空");
        }
    }
}
