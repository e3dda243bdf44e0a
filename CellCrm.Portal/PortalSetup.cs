using CellCrm.Infrastructure.Health;
using CellCrm.Portal.Contracts;
using CellCrm.Infrastructure.Web;
using CellCrm.Portal.WeChat;
using CellCrm.Portal.Identity;
using CellCrm.Portal.Payments;
using CellCrm.Portal.Services.Demands;
using CellCrm.Portal.Services.Tasks;
using Microsoft.AspNetCore.HttpOverrides;

namespace CellCrm.Portal;

public static class PortalSetup
{
    public static WebApplicationBuilder AddPortal(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var secure = CookieSecurity.PolicyFor(builder.Environment);
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "cellcrm.portal.af";
            o.Cookie.SecurePolicy = secure;
        });
        services.AddSession(o =>
        {
            o.Cookie.Name = "cellcrm.portal.session";
            o.Cookie.HttpOnly = true;
            o.Cookie.IsEssential = true;
            o.Cookie.SecurePolicy = secure;
            // WeChat's in-app browser returns from the OAuth redirect as a top-level GET: Lax is enough.
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.IdleTimeout = TimeSpan.FromMinutes(30);
        });
        builder.AddPortalIdentity();
        services.AddPortalTasks();
        services.AddPortalPayments();
        services.AddPortalContracts();
        services.AddPortalDemands();
        services.AddUnicodeHtmlEncoding();
        services.AddRazorPages();
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownIPNetworks.Clear();
            o.KnownProxies.Clear();
        });
        return builder;
    }

    public static WebApplication UsePortal(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseExceptionHandler("/Error");
        app.UseStatusCodePagesWithReExecute("/Error", "?code={0}");
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseCellCrmSecurityHeaders();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseSession();
        app.MapCellCrmHealth();
        app.MapWeChatEndpoints();
        app.MapPaymentNotify();
        app.MapPortalDemands();
        app.MapRazorPages();
        return app;
    }
}
