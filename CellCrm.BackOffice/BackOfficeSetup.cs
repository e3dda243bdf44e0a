using CellCrm.BackOffice.Authorization;
using CellCrm.BackOffice.Bench;
using CellCrm.BackOffice.Pages.RealName;
using CellCrm.BackOffice.Services;
using CellCrm.BackOffice.Services.Admin;
using CellCrm.BackOffice.Services.Approvals;
using CellCrm.BackOffice.Services.Contracts;
using CellCrm.BackOffice.Services.DemandLists;
using CellCrm.BackOffice.Services.DemandReports;
using CellCrm.BackOffice.Services.Invoices;
using CellCrm.BackOffice.Services.OfflineCollections;
using CellCrm.BackOffice.Services.PaymentSplits;
using CellCrm.BackOffice.Services.Payments;
using CellCrm.BackOffice.Services.Refunds;
using CellCrm.BackOffice.Services.Tasks;
using CellCrm.Domain.Organization;
using CellCrm.Infrastructure.Health;
using CellCrm.Infrastructure.Identity;
using CellCrm.Infrastructure.Persistence;
using CellCrm.Infrastructure.Web;
using Hangfire;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;

namespace CellCrm.BackOffice;

public static class BackOfficeSetup
{
    public const string AdminPolicy = "Admin";

    public static WebApplicationBuilder AddBackOffice(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var secure = CookieSecurity.PolicyFor(builder.Environment);
        services.AddStaffIdentity(builder.Configuration);
        services.AddScoped<IUserClaimsPrincipalFactory<StaffAccount>, StaffClaimsFactory>();
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "cellcrm.staff";
            o.Cookie.HttpOnly = true;
            o.Cookie.SecurePolicy = secure;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.LoginPath = "/Account/Login";
            o.LogoutPath = "/Account/Logout";
            o.AccessDeniedPath = "/Account/AccessDenied";
            o.ExpireTimeSpan = TimeSpan.FromHours(10);
            o.SlidingExpiration = true;
        });
        services.AddStaffSessionCheck();
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "cellcrm.staff.af";
            o.Cookie.SecurePolicy = secure;
        });
        services.AddSession(o =>
        {
            o.Cookie.Name = "cellcrm.staff.session";
            o.Cookie.HttpOnly = true;
            o.Cookie.IsEssential = true;
            o.Cookie.SecurePolicy = secure;
            o.IdleTimeout = TimeSpan.FromMinutes(60);
        });

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(AdminPolicy, p => p.RequireRole(StaffRoles.Admin));
        services.AddScoped<IAuthorizationHandler, CustomerAuthorizationHandler>();
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentStaff, CurrentStaff>();
        services.AddScoped<IAuditActor, StaffAuditActor>();
        services.AddScoped<AuditHistory>();
        services.AddScoped<ApprovalInbox>();
        services.AddScoped<ApprovalSubjects>();
        services.AddScoped<DemandListAccess>();
        services.AddScoped<PlanTodoQuery>();
        services.AddCustomerPages();
        services.AddAdminPages();
        services.AddRealNameReview();
        services.AddTaskPages();
        services.AddPaymentPages();
        services.AddContractPages();
        services.AddPaymentSplitPages();
        services.AddInvoicePages();
        services.AddDemandReports();
        services.AddOfflineCollectionPages();
        services.AddRefundPages();

        services.AddUnicodeHtmlEncoding();
        services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/Admin", AdminPolicy);
            o.Conventions.AuthorizeContractPages();
            o.Conventions.AuthorizePaymentSplitPages();
            o.Conventions.AuthorizeInvoicePages();
            o.Conventions.AllowAnonymousToPage("/Account/Login");
            o.Conventions.AllowAnonymousToPage("/Account/AccessDenied");
            o.Conventions.AllowAnonymousToPage("/Error");
        }).AddMvcOptions(ChineseModelBinding.Apply);
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            // Nodes run behind the load balancer, which sets these headers.
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownIPNetworks.Clear();
            o.KnownProxies.Clear();
        });
        return builder;
    }

    public static WebApplication UseBackOffice(this WebApplication app)
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
        app.UseHangfireDashboard("/jobs", new DashboardOptions
        {
            Authorization = [new AdminDashboardAuthorization()],
            DashboardTitle = "CellCrm 后台任务",
            AppPath = "/",
        });
        app.MapBenchFloor();
        app.MapNavBadges();
        app.MapDemandReports();
        app.MapRazorPages();
        return app;
    }
}
