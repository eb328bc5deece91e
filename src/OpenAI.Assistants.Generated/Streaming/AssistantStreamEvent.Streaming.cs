using Newtonsoft.Json;

namespace OpenAI.Assistants.Generated;

// CUSTOM: the generated base class of the stream events has no member for the event name (NSwag drops the
// discriminator property) and no notion of "unknown"; both are added here.
public partial class AssistantStreamEvent
{
    /// <summary>
    /// The event name, e.g. <c>thread.message.delta</c>. For the event classes it follows from the class; for an
    /// event this client does not know (an instance of this base class) it is the name that arrived.
    /// </summary>
    [JsonIgnore]
    public AssistantStreamEventType Event => StreamEventRegistry.NameOf(this);

    /// <summary>
    /// Whether this client version knows the event. An unknown event (one the API added later) is an instance of
    /// this base class: <see cref="Event"/> has its name and <see cref="RawData"/> its payload.
    /// </summary>
    [JsonIgnore]
    public bool IsKnown => GetType() != typeof(AssistantStreamEvent);

    /// <summary>The event's <c>data</c> text exactly as received, when the event came from a stream; otherwise null.</summary>
    [JsonIgnore]
    public string? RawData { get; internal set; }
}
