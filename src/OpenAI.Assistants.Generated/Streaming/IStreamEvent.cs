namespace OpenAI.Assistants.Generated;

/// <summary>
/// A stream event whose payload is a <typeparamref name="T"/>: lets one pattern cover a family of events, e.g.
/// <c>case IStreamEvent&lt;ThreadRun&gt; run:</c> for every <c>thread.run.*</c> status event.
/// </summary>
/// <typeparam name="T">The type of <see cref="Data"/>.</typeparam>
public interface IStreamEvent<out T>
{
    /// <summary>The event name.</summary>
    AssistantStreamEventType Event { get; }

    /// <summary>The event's payload.</summary>
    T Data { get; }
}
