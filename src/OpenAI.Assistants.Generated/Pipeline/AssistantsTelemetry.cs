using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Diagnostics;
using System.Reflection;
using Microsoft.Extensions.Logging;

namespace OpenAI.Assistants.Generated;

/// <summary>
/// The names under which the client reports what it does: the <see cref="ActivitySource"/> for traces and the
/// logger category. Neither ever carries the API key or a header; bodies are logged only when
/// <see cref="AssistantsClientOptions.LogBodies"/> is on.
/// </summary>
public static class AssistantsTelemetry
{
    /// <summary>
    /// The name of the <see cref="System.Diagnostics.ActivitySource"/> that starts one activity per operation
    /// (e.g. <c>AddSource(AssistantsTelemetry.ActivitySourceName)</c> with OpenTelemetry).
    /// </summary>
    public const string ActivitySourceName = "OpenAI.Assistants.Generated";

    /// <summary>The category of the client's log lines.</summary>
    public const string LoggerCategory = "OpenAI.Assistants.Generated.AssistantsClient";

    internal static readonly ActivitySource Source = new(ActivitySourceName, PackageVersion());

    private static readonly EventId AnsweredEvent = new(1, "Answered");

    /// <summary>One attempt that got a response.</summary>
    internal static void Answered(ILogger logger, string operation, string method, string path, int status, double elapsedMs, int attempt, string? requestId)
    {
        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.Log(LogLevel.Information, AnsweredEvent, new AnsweredState(operation, method, path, status, elapsedMs, attempt, requestId), null, static (state, _) => state.ToString());
        }
    }

    internal static readonly Action<ILogger, string, string, string, double, int, string, Exception?> Failed =
        LoggerMessage.Define<string, string, string, double, int, string>(
            LogLevel.Warning,
            new EventId(2, "Failed"),
            "{Operation} {Method} {Path} got no response after {ElapsedMs} ms (attempt {Attempt}): {Failure}");

    internal static readonly Action<ILogger, string, double, int, int, string, Exception?> Retrying =
        LoggerMessage.Define<string, double, int, int, string>(
            LogLevel.Warning,
            new EventId(3, "Retrying"),
            "Retrying {Operation} in {DelayMs} ms (retry {Retry} of {MaxRetries}) after {Reason}");

    internal static readonly Action<ILogger, string, string, string, Exception?> Body =
        LoggerMessage.Define<string, string, string>(
            LogLevel.Debug,
            new EventId(4, "Body"),
            "{Operation} {Direction} body: {Body}");

    private static string PackageVersion()
    {
        var version = typeof(AssistantsTelemetry).GetTypeInfo().Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = version.IndexOf('+');
        return plus >= 0 ? version.Substring(0, plus) : version;
    }

    /// <summary>The structured fields of <see cref="Answered"/> (seven: more than <see cref="LoggerMessage"/> takes).</summary>
    private sealed class AnsweredState : IReadOnlyList<KeyValuePair<string, object?>>
    {
        private readonly KeyValuePair<string, object?>[] _fields;

        public AnsweredState(string operation, string method, string path, int status, double elapsedMs, int attempt, string? requestId)
        {
            _fields = new KeyValuePair<string, object?>[]
            {
                new("Operation", operation),
                new("Method", method),
                new("Path", path),
                new("StatusCode", status),
                new("ElapsedMs", elapsedMs),
                new("Attempt", attempt),
                new("RequestId", requestId),
                new("{OriginalFormat}", "{Operation} {Method} {Path} answered {StatusCode} in {ElapsedMs} ms (attempt {Attempt}, request id {RequestId})"),
            };
        }

        public int Count => _fields.Length;

        public KeyValuePair<string, object?> this[int index] => _fields[index];

        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, object?>>)_fields).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => _fields.GetEnumerator();

        public override string ToString() => string.Format(
            CultureInfo.InvariantCulture,
            "{0} {1} {2} answered {3} in {4} ms (attempt {5}, request id {6})",
            _fields[0].Value, _fields[1].Value, _fields[2].Value, _fields[3].Value, _fields[4].Value, _fields[5].Value, _fields[6].Value ?? "(none)");
    }
}
