using CellCrm.Domain.Common;
using CellCrm.Domain.Contracts;
using CellCrm.Domain.Customers;
using CellCrm.Domain.Signing;
using CellCrm.Domain.Signing.Templates;
using CellCrm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.Infrastructure.Signing;

/// <summary>电子合同 (seed 000 §4.7): the contract template of its business type, filled from the contract and its
/// lines, signed by the customer (the storer); once signed the contract is 已签署 and goes on to 客服审核.</summary>
public sealed class ContractSigningHandler(CellCrmDbContext db) : ISigningSubjectHandler
{
    public string SubjectType => nameof(Contract);

    public async Task<SigningRequest> PrepareAsync(Guid subjectId, CancellationToken ct)
    {
        var contract = await db.Contracts.AsNoTracking().Include(c => c.Lines).FirstOrDefaultAsync(c => c.Id == subjectId, ct)
            ?? throw new DomainException("合同不存在");
        if (contract.OrderType != ContractOrderType.Electronic)
        {
            throw new DomainException("只有电子合同可以在线签署");
        }

        if (contract.Status != ContractStatus.PendingSignature)
        {
            throw new DomainException($"合同{ContractLabels.Of(contract.Status)}，提交后（待签署）才能生成签署文件");
        }

        var customer = await db.Customers.AsNoTracking().SingleAsync(c => c.Id == contract.CustomerId, ct);
        var hospital = await db.Hospitals.AsNoTracking().Where(h => h.Id == contract.HospitalId).Select(h => h.Name).FirstOrDefaultAsync(ct) ?? "—";
        var template = SigningTemplates.ForContract(contract.BusinessType);
        var data = new ContractSigningData(contract.Number, ContractLabels.Of(contract.BusinessType), customer.Name,
            customer.IdType is { } type && customer.IdNumber is { } number ? $"{IdDocument.DisplayName(type)} {Masking.IdNumber(number)}" : null,
            Masking.Mobile(contract.Mobile), contract.HospitalDepartment is null ? hospital : $"{hospital} / {contract.HospitalDepartment}",
            contract.StorageCity, ContractLabels.Of(contract.CertificateType), contract.CharityOptIn, contract.MarketPolicyName,
            contract.Lines.OrderBy(l => l.Sort).Select(l => new ContractSigningLine($"{l.ProductCode} {l.ProductName}", l.Quantity, l.UnitListPriceFen,
                l.AmountBeforeFen, l.AmountAfterFen)).ToList(),
            contract.AmountBeforeFen, contract.AmountFen);
        return new SigningRequest(SignableDocumentKind.Contract, template, template.Write(data),
            [new SignerSpec(customer.Id, "存储人", SignatureFields.Customer)], contract.Number);
    }

    public async Task<string?> ClosedReasonAsync(Guid subjectId, CancellationToken ct)
    {
        var status = await db.Contracts.Where(c => c.Id == subjectId).Select(c => (ContractStatus?)c.Status).FirstOrDefaultAsync(ct);
        return status switch
        {
            ContractStatus.PendingSignature => null,
            null => "合同不存在",
            ContractStatus.Draft => "合同已撤回修改",
            _ => $"合同{ContractLabels.Of(status.Value)}",
        };
    }

    public async Task<SubjectOwner> OwnerAsync(Guid subjectId, CancellationToken ct) =>
        new(await db.Contracts.Where(c => c.Id == subjectId).Select(c => c.OwnerId).SingleAsync(ct), $"/Contracts/Details/{subjectId}");

    public async Task OnSignedAsync(SignableDocument document, DateTimeOffset now, CancellationToken ct)
    {
        var contract = await db.Contracts.FirstAsync(c => c.Id == document.SubjectId, ct);
        contract.MarkSignedElectronically(now);
        db.CustomerMilestones.Add(new CustomerMilestone(contract.CustomerId, CustomerMilestoneKind.ContractSigned, contract.Number, now));
    }
}
