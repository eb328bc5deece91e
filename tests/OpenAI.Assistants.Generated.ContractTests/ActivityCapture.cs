using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;

namespace OpenAI.Assistants.Generated.ContractTests;

/// <summary>
/// Listens to the client's <see cref="ActivitySource"/> (<see cref="AssistantsTelemetry.ActivitySourceName"/>) while
/// it lives, recording every activity that stops, with all its data requested.
/// </summary>
internal sealed class ActivityCapture : IDisposable
{
    private readonly ActivityListener _listener;
    private readonly ConcurrentQueue<Activity> _stopped = new();

    public ActivityCapture()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == AssistantsTelemetry.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity => _stopped.Enqueue(activity),
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>The activities that stopped so far, oldest first.</summary>
    public IReadOnlyList<Activity> Stopped => _stopped.ToList();

    /// <summary>Everything an exporter could send of an activity, as text: names, status, tags, events, baggage.</summary>
    public static string AllText(Activity activity) =>
        string.Join(" ", new[] { activity.DisplayName, activity.OperationName, activity.StatusDescription ?? string.Empty }
            .Concat(activity.TagObjects.Select(tag => $"{tag.Key}={tag.Value}"))
            .Concat(activity.Events.SelectMany(e => new[] { e.Name }.Concat(e.Tags.Select(tag => $"{tag.Key}={tag.Value}"))))
            .Concat(activity.Baggage.Select(item => $"{item.Key}={item.Value}")));

    public void Dispose() => _listener.Dispose();
}
