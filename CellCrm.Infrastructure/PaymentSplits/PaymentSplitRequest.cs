using CellCrm.Domain.PaymentSplits;

namespace CellCrm.Infrastructure.PaymentSplits;

/// <summary>新建回款拆单 as submitted: the receipt, the lines (advisor, hospital, ratio in 0.01 %) and the form's key.</summary>
public sealed record PaymentSplitRequest(SplitSourceKind SourceKind, Guid SourceId, IReadOnlyList<PaymentSplitLineRequest> Lines, Guid RequestKey);

public sealed record PaymentSplitLineRequest(Guid AdvisorId, Guid HospitalId, int RatioBasisPoints);
