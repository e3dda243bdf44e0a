using CellCrm.Domain.Documents;

namespace CellCrm.Domain.Signing.Templates;

/// <summary>A versioned document template kept in code: fills a <see cref="DocumentModel"/> (with named signature
/// fields and the seal field) from the data record it was given as JSON. A changed text is a new version; a
/// document keeps the version it was made from.</summary>
public interface ISigningTemplate
{
    string Code { get; }

    int Version { get; }

    string Title { get; }

    SignableDocumentKind Kind { get; }

    DocumentModel Build(string dataJson);
}
