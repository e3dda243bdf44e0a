namespace CellCrm.Infrastructure.Persistence;

/// <summary>Model annotations read by <see cref="AuditingInterceptor"/>.</summary>
public static class ModelAnnotations
{
    /// <summary>On a property: the shadow property that holds its keyed lookup hash.</summary>
    public const string LookupHash = "CellCrm:LookupHash";

    /// <summary>On a property: personal data; the audit trail records it masked with the named mask.</summary>
    public const string PersonalMask = "CellCrm:PersonalMask";

    /// <summary>On an entity type: the property holding the id of the aggregate it belongs to.</summary>
    public const string AuditRoot = "CellCrm:AuditRoot";

    /// <summary>On a property: not recorded in the audit trail (technical columns).</summary>
    public const string NotAudited = "CellCrm:NotAudited";
}
