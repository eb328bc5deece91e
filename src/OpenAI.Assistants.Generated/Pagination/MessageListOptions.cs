namespace OpenAI.Assistants.Generated;

/// <summary>Options of <see cref="AssistantsClient.GetMessagesAsync"/>: the <see cref="ListOptions"/> plus a filter by run.</summary>
public class MessageListOptions : ListOptions
{
    /// <summary>Only the messages created by this run (wire <c>run_id</c>, sent on every page); null for all messages.</summary>
    public string? RunId { get; set; }
}
