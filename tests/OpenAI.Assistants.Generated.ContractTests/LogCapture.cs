using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.Logging;

namespace OpenAI.Assistants.Generated.ContractTests;

/// <summary>
/// A logger provider that keeps every line, with its structured fields, so a test can read what the client logged
/// (e.g. the <c>DelayMs</c> of each <c>Retrying</c> line). <see cref="CreateFactory"/> gives the logger factory to put in
/// <see cref="AssistantsClientOptions.LoggerFactory"/>, every level enabled.
/// </summary>
internal sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<LogLine> _lines = new();

    /// <summary>The lines logged so far, oldest first.</summary>
    public IReadOnlyList<LogLine> Lines => _lines.ToList();

    /// <summary>The lines of one event (<c>Answered</c>, <c>Failed</c>, <c>Retrying</c>, <c>Body</c>).</summary>
    public IReadOnlyList<LogLine> Event(string name) => Lines.Where(line => line.EventName == name).ToList();

    /// <summary>The <c>DelayMs</c> of every <c>Retrying</c> line: the waits between attempts, in order.</summary>
    public IReadOnlyList<double> RetryDelaysMs() => Event("Retrying").Select(line => Convert.ToDouble(line.Fields["DelayMs"], System.Globalization.CultureInfo.InvariantCulture)).ToList();

    /// <summary>A logger factory that writes to this capture at every level.</summary>
    public ILoggerFactory CreateFactory() => LoggerFactory.Create(builder => builder.SetMinimumLevel(LogLevel.Trace).AddProvider(this));

    /// <inheritdoc />
    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    /// <inheritdoc />
    public void Dispose()
    {
    }

    /// <summary>One logged line: level, event, the formatted message and the structured fields.</summary>
    internal sealed record LogLine(string Category, LogLevel Level, string? EventName, string Message, IReadOnlyDictionary<string, object?> Fields, Exception? Exception)
    {
        /// <summary>The message and every field value, as text: what a log sink could show.</summary>
        public string AllText => Message + " " + string.Join(" ", Fields.Select(pair => $"{pair.Key}={pair.Value}")) + " " + Exception;
    }

    private sealed class Logger : ILogger
    {
        private readonly LogCapture _capture;
        private readonly string _category;

        public Logger(LogCapture capture, string category)
        {
            _capture = capture;
            _category = category;
        }

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var fields = new Dictionary<string, object?>();
            if (state is IEnumerable<KeyValuePair<string, object?>> pairs)
            {
                foreach (var pair in pairs)
                {
                    fields[pair.Key] = pair.Value;
                }
            }

            _capture._lines.Enqueue(new LogLine(_category, logLevel, eventId.Name, formatter(state, exception), fields, exception));
        }
    }
}
