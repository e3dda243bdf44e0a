using System.Security.Cryptography;
using CellCrm.Infrastructure.Security;
using Microsoft.Extensions.Options;

namespace CellCrm.Infrastructure.Persistence;

internal static class DesignTimeKeys
{
    // Migrations only describe column types; throwaway keys are enough to build the model.
    public static IPersonalDataProtector Protector() => new PersonalDataProtector(Options.Create(new SecurityOptions
    {
        DataKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        LookupKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
    }));
}
