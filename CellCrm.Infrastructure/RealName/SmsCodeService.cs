using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CellCrm.Domain.Common;
using CellCrm.Domain.Customers;
using CellCrm.Domain.Messaging;
using CellCrm.Infrastructure.Security;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Logging;

namespace CellCrm.Infrastructure.RealName;

/// <summary>SMS verification codes for real-name verification: 6 digits, valid 5 minutes, kept only as a keyed
/// hash in the shared cache (Redis), one resend per 60 s and 5 per China day per mobile, locked after 5 wrong
/// tries. Cache keys carry the mobile's lookup hash, never the number. Times come from <see cref="TimeProvider"/>
/// (the cache entry's expiry only cleans up).</summary>
public sealed class SmsCodeService(IDistributedCache cache, ISmsSender sms, IPersonalDataProtector protector, TimeProvider clock, ILogger<SmsCodeService> log)
{
    public const string TemplateKey = "realname-code";
    public const int MaxWrongTries = 5;
    public const int MaxPerDay = 5;
    public static readonly TimeSpan Validity = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan ResendInterval = TimeSpan.FromSeconds(60);

    public async Task<SmsCodeResult> SendAsync(string mobile, CancellationToken ct)
    {
        if (MobileNumber.Validate(mobile) is { } error)
        {
            return SmsCodeResult.Refused(error);
        }

        mobile = MobileNumber.Normalize(mobile);
        var key = Key(mobile);
        var now = clock.GetUtcNow();
        var today = ChinaTime.Today(clock).ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var state = await LoadAsync(key, ct) ?? new CodeState();
        if (state.LastSentAt is { } last && now - last < ResendInterval)
        {
            var wait = (int)Math.Ceiling((ResendInterval - (now - last)).TotalSeconds);
            return SmsCodeResult.Refused($"验证码发送过于频繁，请{wait}秒后再试");
        }

        var sentToday = state.Day == today ? state.DayCount : 0;
        if (sentToday >= MaxPerDay)
        {
            log.LogWarning("SMS code refused: daily limit reached for mobile {MobileKey}", key[^8..]);
            return SmsCodeResult.Refused($"该手机号今日获取验证码已达{MaxPerDay}次，请明天再试");
        }

        var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
        // Counted before sending: a failed provider call still used one of the day's attempts.
        var next = new CodeState
        {
            CodeHash = Hash(mobile, code),
            ExpiresAt = now + Validity,
            LastSentAt = now,
            Day = today,
            DayCount = sentToday + 1,
        };
        await StoreAsync(key, next, ct);
        var result = await sms.SendAsync(mobile, TemplateKey, new Dictionary<string, string> { ["code"] = code }, null, ct);
        if (!result.Succeeded)
        {
            log.LogWarning("SMS code could not be sent (transient: {Transient}): {Error}", result.Transient, result.Error);
            return SmsCodeResult.Refused("短信发送失败，请稍后重试");
        }

        return SmsCodeResult.Ok;
    }

    /// <summary>Checks the code; a correct code is used up. Returns the Chinese error, or null when it matched.</summary>
    public async Task<string?> VerifyAsync(string mobile, string? code, CancellationToken ct)
    {
        mobile = MobileNumber.Normalize(mobile);
        var key = Key(mobile);
        var state = await LoadAsync(key, ct);
        if (state?.CodeHash is null)
        {
            return "请先获取短信验证码";
        }

        if (state.WrongTries >= MaxWrongTries)
        {
            return "验证码错误次数过多，已失效，请重新获取";
        }

        if (clock.GetUtcNow() > state.ExpiresAt)
        {
            return "验证码已过期，请重新获取";
        }

        var given = (code ?? "").Trim();
        if (given.Length == 6 && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(mobile, given)), Encoding.ASCII.GetBytes(state.CodeHash)))
        {
            await StoreAsync(key, state with { CodeHash = null, WrongTries = 0 }, ct);
            return null;
        }

        var tries = state.WrongTries + 1;
        await StoreAsync(key, state with { WrongTries = tries }, ct);
        if (tries >= MaxWrongTries)
        {
            log.LogWarning("SMS code locked after {Tries} wrong tries for mobile {MobileKey}", tries, key[^8..]);
            return "验证码错误次数过多，已失效，请重新获取";
        }

        return $"验证码不正确，还可尝试{MaxWrongTries - tries}次";
    }

    private string Key(string mobile) => "realname:sms:" + protector.LookupHash("sms:" + mobile);

    private string Hash(string mobile, string code) => protector.LookupHash($"sms-code:{mobile}:{code}");

    private async Task<CodeState?> LoadAsync(string key, CancellationToken ct)
    {
        var bytes = await cache.GetAsync(key, ct);
        return bytes is null ? null : JsonSerializer.Deserialize<CodeState>(bytes);
    }

    private Task StoreAsync(string key, CodeState state, CancellationToken ct) =>
        // Kept a day and a bit so the daily count survives; the code's own validity is ExpiresAt.
        cache.SetAsync(key, JsonSerializer.SerializeToUtf8Bytes(state), new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromHours(25) }, ct);

    private sealed record CodeState
    {
        public string? CodeHash { get; init; }

        public DateTimeOffset ExpiresAt { get; init; }

        public int WrongTries { get; init; }

        public DateTimeOffset? LastSentAt { get; init; }

        public string? Day { get; init; }

        public int DayCount { get; init; }
    }
}
