using System.Linq;

namespace OpenAI.Assistants.Generated;

// CUSTOM: the text of a delta is spread over its content fragments; most callers only want that text.
public partial class MessageDelta
{
    /// <summary>The text this delta adds to the message (its text fragments joined), or an empty string.</summary>
    /// <returns>The new text.</returns>
    public string GetText() =>
        Delta?.Content is { } content
            ? string.Concat(content.OfType<MessageDeltaTextContent>().Select(part => part.Text?.Value))
            : string.Empty;
}
