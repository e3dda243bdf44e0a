using CellCrm.Domain.Agreements;

namespace CellCrm.BackOffice.ViewComponents;

/// <summary>The contract's supplementary agreements for the 补充协议 panel, and whether the viewer may create one.</summary>
public sealed record ContractAgreementsView(Guid ContractId, bool CanCreate, IReadOnlyList<SupplementaryAgreement> Agreements);
