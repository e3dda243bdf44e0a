using CellCrm.Domain.Common;

namespace CellCrm.Infrastructure.Signing;

/// <summary>The registered <see cref="ISigningSubjectHandler"/>s by subject type.</summary>
public sealed class SigningHandlers(IEnumerable<ISigningSubjectHandler> handlers)
{
    private readonly Dictionary<string, ISigningSubjectHandler> _byType = handlers.ToDictionary(h => h.SubjectType, StringComparer.Ordinal);

    public bool Knows(string subjectType) => _byType.ContainsKey(subjectType);

    public ISigningSubjectHandler For(string subjectType) =>
        _byType.GetValueOrDefault(subjectType) ?? throw new DomainException("该业务不支持电子签署");
}
