namespace CellCrm.Portal;

/// <summary>Marker for <c>WebApplicationFactory&lt;PortalApp&gt;</c> (see BackOfficeApp).</summary>
public sealed class PortalApp;
