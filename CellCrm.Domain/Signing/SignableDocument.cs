using CellCrm.Domain.Common;
using CellCrm.Domain.Health;

namespace CellCrm.Domain.Signing;

/// <summary>A document a customer signs electronically (seed 000 §4.7, §6.4): a contract, an agreement, an
/// extraction application or a handover form, made from a versioned template for one subject. Its signers sign in
/// order; each signature produces a new PDF (handwriting drawn, company seal, digital signature) and an evidence
/// record. Once every signer has signed, the signed PDF is final and never replaced.</summary>
public class SignableDocument : AggregateRoot
{
    public const int TitleMaxLength = 100;
    public const int TemplateCodeMaxLength = 40;
    public const int ReasonMaxLength = 200;

    private readonly List<DocumentSigner> _signers = [];
    private readonly List<SignatureEvidence> _evidence = [];

    private SignableDocument()
    {
        SubjectType = "";
        Title = "";
        TemplateCode = "";
        TemplateDataJson = "";
    }

    /// <param name="templateDataJson">The data the template was filled with, kept so the same document is printed
    /// again (with the signatures) from the same template version.</param>
    public SignableDocument(SignableDocumentKind kind, SigningSubject subject, string title, string templateCode, int templateVersion,
        string templateDataJson, IReadOnlyList<SignerSpec> signers, Guid? createdById, DateTimeOffset now)
        : this()
    {
        if (signers.Count == 0)
        {
            throw new DomainException("请指定签署人");
        }

        if (signers.Select(s => s.FieldName).Distinct(StringComparer.Ordinal).Count() != signers.Count)
        {
            throw new DomainException("每位签署人须有各自的签名位置");
        }

        if (templateVersion < 1)
        {
            throw new DomainException("模板版本无效");
        }

        Kind = kind;
        SubjectType = Guard.Required(subject.Type, "签署业务", SigningSubject.TypeMaxLength);
        SubjectId = subject.Id;
        CustomerId = signers[0].CustomerId;
        Title = Guard.Required(title, "文件名称", TitleMaxLength);
        TemplateCode = Guard.Required(templateCode, "模板", TemplateCodeMaxLength);
        TemplateVersion = templateVersion;
        TemplateDataJson = Guard.Required(templateDataJson, "模板数据", int.MaxValue);
        CreatedById = createdById;
        CreatedAt = now;
        Status = SignableDocumentStatus.Pending;
        for (var i = 0; i < signers.Count; i++)
        {
            _signers.Add(new DocumentSigner(Id, i + 1, signers[i]));
        }
    }

    public SignableDocumentKind Kind { get; private set; }

    public string SubjectType { get; private set; }

    public Guid SubjectId { get; private set; }

    /// <summary>The first signer (the customer the document is pushed to and listed under).</summary>
    public Guid CustomerId { get; private set; }

    public string Title { get; private set; }

    public string TemplateCode { get; private set; }

    /// <summary>The template version the document was made from; later versions do not change it.</summary>
    public int TemplateVersion { get; private set; }

    public string TemplateDataJson { get; private set; }

    public SignableDocumentStatus Status { get; private set; }

    public Guid? CreatedById { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public Guid? UnsignedFileId { get; private set; }

    public string? UnsignedSha256 { get; private set; }

    public DateTimeOffset? GeneratedAt { get; private set; }

    /// <summary>The file the next signer is shown: the unsigned PDF, then the one the previous signature produced.</summary>
    public Guid? CurrentFileId { get; private set; }

    public string? CurrentSha256 { get; private set; }

    /// <summary>The final signed PDF (set once, when the last signer signed).</summary>
    public Guid? SignedFileId { get; private set; }

    public string? SignedSha256 { get; private set; }

    public DateTimeOffset? SignedAt { get; private set; }

    public DateTimeOffset? VoidedAt { get; private set; }

    public string? VoidReason { get; private set; }

    public IReadOnlyCollection<DocumentSigner> Signers => _signers.AsReadOnly();

    public IReadOnlyCollection<SignatureEvidence> Evidence => _evidence.AsReadOnly();

    public SigningSubject Subject => new(SubjectType, SubjectId);

    /// <summary>The signer whose turn it is; null once everyone signed.</summary>
    public DocumentSigner? CurrentSigner => _signers.OrderBy(s => s.Order).FirstOrDefault(s => !s.HasSigned);

    public bool IsSignerOf(Guid customerId) => _signers.Any(s => s.CustomerId == customerId);

    /// <summary>待生成 → 待签署: the unsigned PDF was generated and stored.</summary>
    public void MarkGenerated(Guid fileId, string sha256Hex, DateTimeOffset now)
    {
        if (Status != SignableDocumentStatus.Pending)
        {
            throw new DomainException($"文件{SigningLabels.Of(Status)}，不能重新生成");
        }

        UnsignedFileId = fileId;
        UnsignedSha256 = SignatureEvidence.Hash(sha256Hex);
        CurrentFileId = fileId;
        CurrentSha256 = UnsignedSha256;
        GeneratedAt = now;
        Status = SignableDocumentStatus.AwaitingSignature;
    }

    /// <summary>Whether <paramref name="customerId"/> may sign now: the document is waiting for signatures, and it is
    /// this customer's turn in the signing order.</summary>
    public void EnsureMaySign(Guid customerId)
    {
        if (!IsSignerOf(customerId))
        {
            throw new DomainException("该文件不属于您");
        }

        switch (Status)
        {
            case SignableDocumentStatus.Signed:
                throw new DomainException("文件已签署，无需重复签署");
            case SignableDocumentStatus.Voided:
                throw new DomainException($"{VoidReason}，该文件已作废，无需签署");
            case SignableDocumentStatus.Pending:
                throw new DomainException("文件尚未生成，请稍后再试");
            case SignableDocumentStatus.AwaitingSignature:
                break;
        }

        var current = CurrentSigner!;
        if (current.CustomerId != customerId)
        {
            throw _signers.Where(s => s.CustomerId == customerId).All(s => s.HasSigned)
                ? new DomainException("文件已签署，无需重复签署")
                : new DomainException($"请等待{current.Role}先签署");
        }
    }

    /// <summary>签署 by the current signer: the handwriting must be a real signature (not blank), and the signature
    /// must be made on the file the signer was shown. Returns true when this was the last signature (已签署).</summary>
    public bool Sign(Guid customerId, SignatureImage signature, SignatureInput input)
    {
        EnsureMaySign(customerId);
        if (!string.Equals(SignatureEvidence.Hash(input.HashBefore), CurrentSha256, StringComparison.Ordinal))
        {
            throw new DomainException("文件已更新，请刷新后重新签署");
        }

        var signer = CurrentSigner!;
        _evidence.Add(new SignatureEvidence(this, signer, input, signature.InkPixels));
        signer.MarkSigned(input.SignedAt);
        CurrentFileId = input.SignedFileId;
        CurrentSha256 = SignatureEvidence.Hash(input.HashAfter);
        if (CurrentSigner is not null)
        {
            return false;
        }

        SignedFileId = input.SignedFileId;
        SignedSha256 = CurrentSha256;
        SignedAt = input.SignedAt;
        Status = SignableDocumentStatus.Signed;
        return true;
    }

    /// <summary>作废: the subject went back to draft (or the document is replaced) before the signing finished.</summary>
    public void Void(string reason, DateTimeOffset now)
    {
        if (Status == SignableDocumentStatus.Signed)
        {
            throw new DomainException("文件已签署，不能作废");
        }

        if (Status == SignableDocumentStatus.Voided)
        {
            throw new DomainException("文件已作废");
        }

        VoidReason = Guard.Required(reason, "作废原因", ReasonMaxLength);
        VoidedAt = now;
        Status = SignableDocumentStatus.Voided;
    }
}
