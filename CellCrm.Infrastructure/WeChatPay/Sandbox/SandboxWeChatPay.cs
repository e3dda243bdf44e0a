using System.Security.Cryptography;
using System.Text.Json;

namespace CellCrm.Infrastructure.WeChatPay.Sandbox;

/// <summary>The embedded default's stand-in for WeChat Pay: its keys (merchant, "WeChat Pay" and APIv3, made on first
/// use, never leaving the machine) and the orders and refunds placed since. Notifies it builds are signed and
/// encrypted exactly like real ones and verified by the same code. With a <c>WeChatPay:SandboxPath</c> folder the
/// keys and state are shared by every app on the machine (the portal places an order, the back office queries or
/// refunds it); without one they live in this app's memory.</summary>
public sealed class SandboxWeChatPay
{
    public const string MchId = "1900000000";
    public const string DefaultAppId = "wx0000000000sandbox";
    public const string PublicKeyId = "PUB_KEY_ID_0000SANDBOX";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };
    private readonly string? _directory;
    private readonly Lock _gate = new();
    private readonly SandboxState _memory = new();

    public SandboxWeChatPay(string? appId, string? directory = null)
    {
        _directory = string.IsNullOrWhiteSpace(directory) ? null : Path.GetFullPath(directory);
        var keys = _directory is null ? SandboxKeys.Create() : WithFileLock(LoadOrCreateKeys);

        var merchantKey = RSA.Create();
        merchantKey.ImportPkcs8PrivateKey(Convert.FromBase64String(keys.MerchantKey), out _);
        PlatformKey = RSA.Create();
        PlatformKey.ImportPkcs8PrivateKey(Convert.FromBase64String(keys.PlatformKey), out _);
        var verifyingKey = RSA.Create();
        verifyingKey.ImportSubjectPublicKeyInfo(PlatformKey.ExportSubjectPublicKeyInfo(), out _);
        Credentials = new WeChatPayCredentials(MchId, string.IsNullOrWhiteSpace(appId) ? DefaultAppId : appId.Trim(),
            merchantKey, "SANDBOX", keys.ApiV3Key, new Dictionary<string, RSA> { [PublicKeyId] = verifyingKey });
    }

    public WeChatPayCredentials Credentials { get; }

    /// <summary>Signs the sandbox's notifies, as WeChat Pay's own key would.</summary>
    internal RSA PlatformKey { get; }

    /// <summary>Reads and changes the state as one step (across processes when shared through a folder).</summary>
    internal T Transact<T>(Func<SandboxState, T> action)
    {
        lock (_gate)
        {
            if (_directory is null)
            {
                return action(_memory);
            }

            return WithFileLock(() =>
            {
                var path = Path.Combine(_directory, "state.json");
                var state = File.Exists(path) ? JsonSerializer.Deserialize<SandboxState>(File.ReadAllText(path), Json) ?? new() : new SandboxState();
                var result = action(state);
                File.WriteAllText(path + ".tmp", JsonSerializer.Serialize(state, Json));
                File.Move(path + ".tmp", path, overwrite: true);
                return result;
            });
        }
    }

    private SandboxKeys LoadOrCreateKeys()
    {
        var path = Path.Combine(_directory!, "keys.json");
        if (File.Exists(path))
        {
            return JsonSerializer.Deserialize<SandboxKeys>(File.ReadAllText(path), Json)
                ?? throw new InvalidOperationException($"{path} is not a sandbox key file.");
        }

        var keys = SandboxKeys.Create();
        File.WriteAllText(path, JsonSerializer.Serialize(keys, Json));
        return keys;
    }

    /// <summary>Runs <paramref name="action"/> holding an exclusive lock file, so two apps never interleave.</summary>
    private T WithFileLock<T>(Func<T> action)
    {
        Directory.CreateDirectory(_directory!);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            FileStream lockFile;
            try
            {
                lockFile = new FileStream(Path.Combine(_directory!, "sandbox.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(20);
                continue;
            }

            using (lockFile)
            {
                return action();
            }
        }
    }
}
