namespace CellCrm.BackOffice;

/// <summary>Marker for <c>WebApplicationFactory&lt;BackOfficeApp&gt;</c>: both apps' Program classes are public
/// and would collide in a test project that hosts both.</summary>
public sealed class BackOfficeApp;
