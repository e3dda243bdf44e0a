using CellCrm.Portal;

namespace CellCrm.Testing;

public class PortalFactory : CellCrmAppFactory<PortalApp>;
