using CellCrm.Domain.Tasks;
using CellCrm.Infrastructure.Persistence;
using CellCrm.Infrastructure.Persistence.Configurations;
using CellCrm.Infrastructure.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CellCrm.Testing.Messaging;

/// <summary>Demo customers by mobile (see DemoSeeder), real-name binding and pushes for outbox tests.</summary>
public static class OutboxTestData
{
    public const string ZhangMobile = "13800138000";   // 张晓梅, advisor (深圳一组)
    public const string LiMobile = "13912345678";      // 李建国, advisor
    public const string WangMobile = "13600001111";    // 王丽, advisor
    public const string LiuMobile = "13700002222";     // 刘强, advisor2 (深圳二组)

    public static Task<Guid> CustomerIdAsync<T>(this CellCrmAppFactory<T> app, string mobile) where T : class =>
        app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CellCrmDbContext>();
            var hash = db.Protector.LookupHash(mobile);
            return await db.Customers.Where(c => EF.Property<string>(c, CustomerConfiguration.MobileHash) == hash).Select(c => c.Id).SingleAsync();
        });

    /// <summary>Binds an openid as real-name verification would.</summary>
    public static Task VerifyAsync<T>(this CellCrmAppFactory<T> app, Guid customerId, string openId) where T : class =>
        app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CellCrmDbContext>();
            var customer = await db.Customers.SingleAsync(c => c.Id == customerId);
            customer.CompleteRealNameVerification(openId, DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        });

    public static Task SetTagsAsync<T>(this CellCrmAppFactory<T> app, Guid customerId, params string[] tags) where T : class =>
        app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CellCrmDbContext>();
            var customer = await db.Customers.Include(c => c.Tags).SingleAsync(c => c.Id == customerId);
            customer.SetTags(tags);
            await db.SaveChangesAsync();
        });

    public static Task<PushResult> PushAsync<T>(this CellCrmAppFactory<T> app, Guid customerId, CustomerTaskType type, string title, string? key = null)
        where T : class =>
        app.WithScopeAsync(sp => sp.GetRequiredService<TaskPusher>()
            .PushAsync(customerId, new NewTask(type, title, null), null, "测试", key ?? Guid.NewGuid().ToString("N"), CancellationToken.None));

    public static Task<TResult> DbAsync<T, TResult>(this CellCrmAppFactory<T> app, Func<CellCrmDbContext, Task<TResult>> query) where T : class =>
        app.WithScopeAsync(sp => query(sp.GetRequiredService<CellCrmDbContext>()));
}
