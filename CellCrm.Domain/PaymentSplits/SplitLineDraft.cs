namespace CellCrm.Domain.PaymentSplits;

/// <summary>One line as staff enter it: the advisor, the hospital and the ratio in basis points (1 = 0.01 %).</summary>
public sealed record SplitLineDraft(Guid AdvisorId, string AdvisorName, Guid HospitalId, string HospitalName, int RatioBasisPoints);
