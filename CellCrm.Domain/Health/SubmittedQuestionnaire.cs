using CellCrm.Domain.Common;
using CellCrm.Domain.Customers;

namespace CellCrm.Domain.Health;

/// <summary>健康调查 as the customer signed it (seed 000 §3.2): the answers, the template version they were given
/// on, who signed (the real-name verified name), when and from where, and the signed PDF with its SHA-256. Never
/// changed afterwards; one per demand list (a new one only after the expert sent the list back).</summary>
public class SubmittedQuestionnaire : AggregateRoot
{
    public const int SignerNameMaxLength = 50;
    public const int IpAddressMaxLength = 45;
    public const int UserAgentMaxLength = 400;
    public const int FileKeyMaxLength = 80;
    public const int TemplateNameMaxLength = QuestionnaireTemplate.NameMaxLength;

    private SubmittedQuestionnaire()
    {
        TemplateName = "";
        AnswersJson = "";
        SignerName = "";
        PdfFileKey = "";
        PdfSha256Hex = "";
    }

    public SubmittedQuestionnaire(DemandList list, Customer customer, string signerName, QuestionnaireTemplate template,
        QuestionnaireTemplateVersion version, IReadOnlyDictionary<string, Answer> answers, SignatureImage signature,
        string? ipAddress, string? userAgent, string pdfFileKey, string pdfSha256Hex, DateTimeOffset signedAt)
        : this()
    {
        EnsureMaySign(list, customer);
        if (version.TemplateId != template.Id)
        {
            throw new DomainException("调查表版本无效，请刷新后重新填写");
        }

        var definition = version.Definition;
        var errors = definition.Check(answers, ChinaTime.Today(signedAt));
        if (errors.Count > 0)
        {
            throw new InvalidAnswersException(errors);
        }

        DemandListId = list.Id;
        CustomerId = customer.Id;
        TemplateId = template.Id;
        TemplateName = template.Name;
        TemplateVersionId = version.Id;
        TemplateVersionNumber = version.Number;
        AnswersJson = QuestionnaireAnswers.Write(QuestionnaireAnswers.Normalize(definition, answers));
        SignerName = Guard.Required(signerName, "签名人姓名", SignerNameMaxLength);
        SignatureInkPixels = signature.InkPixels;
        IpAddress = Clip(ipAddress, IpAddressMaxLength);
        UserAgent = Clip(userAgent, UserAgentMaxLength);
        PdfFileKey = Guard.Required(pdfFileKey, "文件键", FileKeyMaxLength);
        PdfSha256Hex = pdfSha256Hex is { Length: 64 } && pdfSha256Hex.All(Uri.IsHexDigit)
            ? pdfSha256Hex.ToLowerInvariant() : throw new DomainException("文件摘要无效");
        SignedAt = signedAt;
    }

    public Guid DemandListId { get; private set; }

    public Guid CustomerId { get; private set; }

    public Guid TemplateId { get; private set; }

    public string TemplateName { get; private set; }

    public Guid TemplateVersionId { get; private set; }

    /// <summary>The template version the customer answered (later versions do not change this questionnaire).</summary>
    public int TemplateVersionNumber { get; private set; }

    /// <summary>The normalized answers (<see cref="QuestionnaireAnswers"/>), keyed by question.</summary>
    public string AnswersJson { get; private set; }

    /// <summary>The signer's name from real-name verification, as printed on the PDF.</summary>
    public string SignerName { get; private set; }

    public int SignatureInkPixels { get; private set; }

    public string? IpAddress { get; private set; }

    public string? UserAgent { get; private set; }

    public string PdfFileKey { get; private set; }

    public string PdfSha256Hex { get; private set; }

    public DateTimeOffset SignedAt { get; private set; }

    public IReadOnlyDictionary<string, Answer> Answers => QuestionnaireAnswers.Read(AnswersJson);

    /// <summary>Only the list's recipient (受者), real-name verified, signs its questionnaire, and only while one
    /// may still be attached (once; again only after 审核驳回).</summary>
    public static void EnsureMaySign(DemandList list, Customer customer)
    {
        if (list.RecipientId != customer.Id)
        {
            throw new DomainException("该健康调查不属于您");
        }

        if (!customer.IsRealNameVerified)
        {
            throw new DomainException("请先完成实名认证，再签署健康调查");
        }

        if (list.QuestionnaireId is not null && list.ReviewStatus != DemandReviewStatus.Rejected)
        {
            throw new DomainException("健康调查已提交，请勿重复提交");
        }

        if (!list.IsEditable)
        {
            throw new DomainException("需求清单已提交审核，健康调查不能再提交");
        }
    }

    private static string? Clip(string? value, int max)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed.Length > max ? trimmed[..max] : trimmed;
    }
}
