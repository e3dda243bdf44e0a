using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;

namespace CellCrm.Infrastructure.Web;

public static class CookieSecurity
{
    /// <summary>Cookies are HTTPS-only everywhere except the embedded default (Development), which serves plain
    /// http://localhost.</summary>
    public static CookieSecurePolicy PolicyFor(IHostEnvironment environment) =>
        environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
}
