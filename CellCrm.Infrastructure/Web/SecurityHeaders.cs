using Microsoft.AspNetCore.Builder;

namespace CellCrm.Infrastructure.Web;

public static class SecurityHeaders
{
    /// <summary>Headers every response carries. Scripts and styles come only from our own origin; the pages are
    /// never framed by another site.</summary>
    public static IApplicationBuilder UseCellCrmSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "SAMEORIGIN";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "geolocation=(), microphone=()";
            headers.ContentSecurityPolicy =
                "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; script-src 'self'; " +
                "font-src 'self' data:; connect-src 'self'; frame-ancestors 'self'; form-action 'self'; base-uri 'self'; object-src 'none'";
            await next();
        });
}
