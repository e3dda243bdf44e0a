using CellCrm.Domain.Agreements;
using CellCrm.Domain.Common;
using CellCrm.Domain.Customers;
using CellCrm.Domain.Signing;
using CellCrm.Domain.Signing.Templates;
using CellCrm.Infrastructure.OfflineCollections;
using CellCrm.Infrastructure.Persistence;
using CellCrm.Infrastructure.Signing;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.Infrastructure.Agreements;

/// <summary>电子补充协议 (seed 000 §4.8) through the signing pipeline: the template of its type (R-03, R-04, 储存项目
/// 变更协议, 告知函) filled from the agreement, its contract and the customer, signed by the customer; once signed the
/// agreement is 已签署 and goes on to 客服审核.</summary>
public sealed class AgreementSigningHandler(CellCrmDbContext db) : ISigningSubjectHandler
{
    public string SubjectType => nameof(SupplementaryAgreement);

    public async Task<SigningRequest> PrepareAsync(Guid subjectId, CancellationToken ct)
    {
        var agreement = await db.SupplementaryAgreements.AsNoTracking().Include(a => a.Lines).FirstOrDefaultAsync(a => a.Id == subjectId, ct)
            ?? throw new DomainException("补充协议不存在");
        if (Refusal(agreement) is { } refusal)
        {
            throw new DomainException(refusal);
        }

        var contract = await db.Contracts.AsNoTracking().Include(c => c.Lines).SingleAsync(c => c.Id == agreement.ContractId, ct);
        var customer = await db.Customers.AsNoTracking().SingleAsync(c => c.Id == agreement.CustomerId, ct);
        var idDocument = customer.IdType is { } type && customer.IdNumber is { } number ? $"{IdDocument.DisplayName(type)} {Masking.IdNumber(number)}" : null;
        var products = string.Join("；", contract.Lines.OrderBy(l => l.Sort).Select(l => $"{l.ProductName} ×{l.Quantity}"));
        var (template, json) = agreement.Type switch
        {
            AgreementType.TerminationBeforeSampling or AgreementType.TerminationAfterSampling =>
                await TerminationAsync(agreement, customer.Name, idDocument, products, ct),
            AgreementType.StorageChange => StorageChange(agreement, customer.Name, idDocument, Items(StorageItems.Of(contract.Lines))),
            AgreementType.NoticeLetter => NoticeLetter(agreement, customer.Name),
            _ => throw new DomainException("该补充协议类型不支持电子签署"),
        };
        return new SigningRequest(template.Kind, template, json, [new SignerSpec(customer.Id, "存储人", SignatureFields.Customer)], agreement.Number);
    }

    public async Task<string?> ClosedReasonAsync(Guid subjectId, CancellationToken ct)
    {
        var agreement = await db.SupplementaryAgreements.AsNoTracking().FirstOrDefaultAsync(a => a.Id == subjectId, ct);
        return agreement is null ? "补充协议不存在" : Refusal(agreement);
    }

    public async Task<SubjectOwner> OwnerAsync(Guid subjectId, CancellationToken ct) =>
        new(await db.SupplementaryAgreements.Where(a => a.Id == subjectId).Select(a => a.OwnerId).SingleAsync(ct),
            $"/Contracts/Agreements/Details/{subjectId}");

    public async Task OnSignedAsync(SignableDocument document, DateTimeOffset now, CancellationToken ct)
    {
        var agreement = await db.SupplementaryAgreements.Include(a => a.Lines).FirstAsync(a => a.Id == document.SubjectId, ct);
        agreement.MarkSignedElectronically(now);
    }

    /// <summary>Null while the agreement waits for the customer's electronic signature; otherwise why it cannot be signed.</summary>
    private static string? Refusal(SupplementaryAgreement agreement) => agreement switch
    {
        { Signing: not AgreementSigning.Electronic } => "纸质协议请上传签署扫描件，不能在线签署",
        { Status: AgreementStatus.PendingSignature } => null,
        { Status: AgreementStatus.Revoked } => "补充协议已撤销",
        { Status: AgreementStatus.Draft } => "补充协议尚未提交，提交后（待签署）才能生成签署文件",
        { SignatureCompletedAt: not null } => $"补充协议{AgreementLabels.Of(agreement.Status)}，已完成签署",
        _ => $"补充协议{AgreementLabels.Of(agreement.Status)}",
    };

    private async Task<(ISigningTemplate, string)> TerminationAsync(SupplementaryAgreement agreement, string customerName, string? idDocument,
        string products, CancellationToken ct)
    {
        var afterSampling = agreement.Type == AgreementType.TerminationAfterSampling;
        var paid = await Receipts.ReceivedFenAsync(db, agreement.ContractId, ct);
        // R-03 returns what was paid; after sampling the refund is settled by the refund application, so none is promised here.
        var template = SigningTemplates.Latest<TerminationTemplate>(afterSampling ? SigningTemplates.R04 : SigningTemplates.R03);
        return (template, template.Write(new TerminationData(agreement.Number, agreement.ContractNumber, customerName, idDocument, products,
            agreement.Reason, paid, afterSampling ? 0 : paid)));
    }

    private static (ISigningTemplate, string) StorageChange(SupplementaryAgreement agreement, string customerName, string? idDocument, string before)
    {
        var template = SigningTemplates.Latest<StorageChangeTemplate>(SigningTemplates.StorageChangeCode);
        return (template, template.Write(new StorageChangeData(agreement.Number, agreement.ContractNumber, customerName, idDocument, before,
            agreement.KeptItems ?? "", agreement.ContractAmountFen, agreement.AmountAfterFen ?? agreement.ContractAmountFen)));
    }

    private static (ISigningTemplate, string) NoticeLetter(SupplementaryAgreement agreement, string customerName)
    {
        var template = SigningTemplates.Latest<NoticeLetterTemplate>(SigningTemplates.NoticeLetterCode);
        return (template, template.Write(new NoticeLetterData(agreement.Number, agreement.ContractNumber, customerName,
            $"关于合同{agreement.ContractNumber}的告知函", agreement.Reason)));
    }

    private static string Items(IEnumerable<StorageItem> items) => string.Join("、", items.Order().Select(AgreementLabels.Of));
}
