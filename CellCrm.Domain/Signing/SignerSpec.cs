namespace CellCrm.Domain.Signing;

/// <summary>One customer who signs, in 签署顺序: their role on the document (存储人, 监护人 …) and the template's
/// signature field their handwriting goes into.</summary>
public sealed record SignerSpec(Guid CustomerId, string Role, string FieldName);
