using CellCrm.BackOffice;

namespace CellCrm.Testing;

public class BackOfficeFactory : CellCrmAppFactory<BackOfficeApp>;
