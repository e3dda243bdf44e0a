using Hangfire.Logging;
using Microsoft.Extensions.Logging;
using HangfireLogLevel = Hangfire.Logging.LogLevel;
using MsLogLevel = Microsoft.Extensions.Logging.LogLevel;

namespace CellCrm.Infrastructure.Jobs;

/// <summary>Hangfire's log provider is process-wide: with several hosts in one process (one per test class, or
/// an app restarted in place) it can outlive the host whose logger factory it was given. This one writes to that
/// factory and quietly drops a message once the factory is disposed, instead of failing the job or the caller.</summary>
internal sealed class HostSafeLogProvider(ILoggerFactory factory) : ILogProvider
{
    public ILog GetLogger(string name) => new HostLog(factory, name);

    private sealed class HostLog(ILoggerFactory factory, string name) : ILog
    {
        private ILogger? _logger;

        public bool Log(HangfireLogLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
        {
            try
            {
                _logger ??= factory.CreateLogger(name);
                var level = Map(logLevel);
                if (messageFunc is null)
                {
                    return _logger.IsEnabled(level);
                }

#pragma warning disable CA2254 // Hangfire hands over finished messages, not templates.
                _logger.Log(level, exception, messageFunc());
#pragma warning restore CA2254
                return true;
            }
            catch (ObjectDisposedException)
            {
                return false;
            }
        }

        private static MsLogLevel Map(HangfireLogLevel level) => level switch
        {
            HangfireLogLevel.Trace => MsLogLevel.Trace,
            HangfireLogLevel.Debug => MsLogLevel.Debug,
            HangfireLogLevel.Info => MsLogLevel.Information,
            HangfireLogLevel.Warn => MsLogLevel.Warning,
            HangfireLogLevel.Error => MsLogLevel.Error,
            _ => MsLogLevel.Critical,
        };
    }
}
