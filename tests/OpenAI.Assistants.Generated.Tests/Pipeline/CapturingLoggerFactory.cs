using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.Logging;

namespace OpenAI.Assistants.Generated.Tests;

/// <summary>One log line: level, event name, the formatted message and the structured fields.</summary>
internal sealed record LogLine(LogLevel Level, string EventName, string Message, IReadOnlyDictionary<string, object?> Fields);

/// <summary>A logger factory that keeps every line, for assertions.</summary>
internal sealed class CapturingLoggerFactory : ILoggerFactory
{
    private readonly List<LogLine> _lines = new();

    public IReadOnlyList<LogLine> Lines
    {
        get { lock (_lines) { return _lines.ToList(); } }
    }

    /// <summary>The <c>DelayMs</c> of every "Retrying" line, in order: the waits the client took.</summary>
    public IReadOnlyList<double> RetryWaitsMs => Lines.Where(l => l.EventName == "Retrying").Select(l => Convert.ToDouble(l.Fields["DelayMs"])).ToList();

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void AddProvider(ILoggerProvider provider) => throw new NotSupportedException();

    public void Dispose()
    {
    }

    private sealed class Logger : ILogger
    {
        private readonly CapturingLoggerFactory _owner;

        public Logger(CapturingLoggerFactory owner) => _owner = owner;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var fields = state is IEnumerable<KeyValuePair<string, object?>> pairs ? pairs.ToDictionary(p => p.Key, p => p.Value) : new Dictionary<string, object?>();
            lock (_owner._lines)
            {
                _owner._lines.Add(new LogLine(logLevel, eventId.Name ?? string.Empty, formatter(state, exception), fields));
            }
        }
    }
}
