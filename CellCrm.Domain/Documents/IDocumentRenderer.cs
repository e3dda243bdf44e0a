namespace CellCrm.Domain.Documents;

/// <summary>Prints a <see cref="DocumentModel"/> as a PDF in Chinese, drawing each signature image in its named
/// field and the company seal where the model asks for it.</summary>
public interface IDocumentRenderer
{
    /// <exception cref="CellCrm.Domain.Common.DomainException">A stamp names a field the document lacks, or its
    /// image is not a PNG/JPEG.</exception>
    RenderedPdf Render(DocumentModel document, IReadOnlyList<SignatureStamp> signatures);
}
