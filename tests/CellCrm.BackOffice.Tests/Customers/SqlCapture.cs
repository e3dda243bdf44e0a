using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace CellCrm.BackOffice.Tests.Customers;

/// <summary>Collects the SQL text EF Core logs for every command it executes, to check what a page costs.</summary>
internal sealed class SqlCapture : ILoggerProvider
{
    public const string Category = "Microsoft.EntityFrameworkCore.Database.Command";
    private const int CommandExecuted = 20101;

    private readonly ConcurrentQueue<string> _commands = new();

    public IReadOnlyList<string> Commands => _commands.ToList();

    public void Clear() => _commands.Clear();

    public ILogger CreateLogger(string categoryName) => categoryName == Category ? new CommandLogger(this) : NullLogger.Instance;

    public void Dispose()
    {
    }

    private sealed class CommandLogger(SqlCapture owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (eventId.Id == CommandExecuted)
            {
                owner._commands.Enqueue(formatter(state, exception));
            }
        }
    }

    private sealed class NullLogger : ILogger
    {
        public static readonly NullLogger Instance = new();

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => false;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
        }
    }
}
