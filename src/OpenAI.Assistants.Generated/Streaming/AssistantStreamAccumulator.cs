using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace OpenAI.Assistants.Generated;

/// <summary>
/// Folds the events of one or more streams of a run into their result: the latest run, the messages with their
/// text assembled from the deltas, the run steps, and any error. Feed it every event (<see cref="Add"/>), or let
/// <see cref="AssistantStreamExtensions.CollectAsync(IAsyncEnumerable{AssistantStreamEvent}, System.Threading.CancellationToken)"/> do it.
/// </summary>
/// <remarks>
/// A streamed run that needs tool outputs ends its first stream with <c>thread.run.requires_action</c>; add the
/// events of the <see cref="AssistantsClient.SubmitToolOutputsStreamingAsync"/> stream to the same accumulator to
/// follow the run to its end. Not thread-safe: add events from one reader.
/// </remarks>
/// <example>
/// <code>
/// var result = new AssistantStreamAccumulator();
/// await foreach (var e in client.CreateRunStreamingAsync(threadId, request))
/// {
///     result.Add(e);
///     if (e is MessageDeltaEvent delta) Console.Write(delta.Data.GetText());
/// }
/// Console.WriteLine($"{result.Run?.Status}: {result.Text}");
/// </code>
/// </example>
public sealed class AssistantStreamAccumulator
{
    private readonly List<ThreadMessage> _messages = new();
    private readonly List<RunStep> _steps = new();
    private readonly List<AssistantStreamEvent> _unknown = new();

    /// <summary>The thread, when the stream created one (<c>thread.created</c>).</summary>
    public AssistantThread? Thread { get; private set; }

    /// <summary>The run as of the latest <c>thread.run.*</c> event, or null before the first one.</summary>
    public ThreadRun? Run { get; private set; }

    /// <summary>The messages of the stream in the order they appeared, their content assembled from the deltas (a completed message is the server's final copy).</summary>
    public IReadOnlyList<ThreadMessage> Messages => _messages;

    /// <summary>The run steps in the order they appeared, each as of its latest event.</summary>
    public IReadOnlyList<RunStep> RunSteps => _steps;

    /// <summary>Events this client version does not know, kept with their raw data.</summary>
    public IReadOnlyList<AssistantStreamEvent> UnknownEvents => _unknown;

    /// <summary>The error the stream reported (<c>error</c> event), or null.</summary>
    public ApiError? Error { get; private set; }

    /// <summary>Whether the <c>done</c> event arrived.</summary>
    public bool IsDone { get; private set; }

    /// <summary>How many events were added.</summary>
    public int EventCount { get; private set; }

    /// <summary>The text of all messages, in order, one message per line.</summary>
    public string Text => string.Join("\n", _messages.Select(GetText).Where(text => text.Length > 0));

    /// <summary>The text parts of one message, joined.</summary>
    /// <param name="message">A message, e.g. one of <see cref="Messages"/>.</param>
    /// <returns>The message's text, or an empty string when it has none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="message"/> is null.</exception>
    public static string GetText(ThreadMessage message)
    {
        if (message is null)
        {
            throw new ArgumentNullException(nameof(message));
        }

        var text = new StringBuilder();
        foreach (var part in message.Content.OfType<MessageTextContent>())
        {
            text.Append(part.Text?.Value);
        }

        return text.ToString();
    }

    /// <summary>Applies one event.</summary>
    /// <param name="streamEvent">The event, as read from a stream.</param>
    /// <exception cref="ArgumentNullException"><paramref name="streamEvent"/> is null.</exception>
    public void Add(AssistantStreamEvent streamEvent)
    {
        if (streamEvent is null)
        {
            throw new ArgumentNullException(nameof(streamEvent));
        }

        EventCount++;
        switch (streamEvent)
        {
            case ThreadCreatedEvent created:
                Thread = created.Data;
                break;
            case IStreamEvent<ThreadRun> run:
                Run = run.Data;
                break;
            case IStreamEvent<RunStep> step:
                Upsert(_steps, step.Data, s => s.Id);
                break;
            case IStreamEvent<ThreadMessage> message:
                AddSnapshot(message.Data);
                break;
            case MessageDeltaEvent delta:
                ApplyDelta(delta.Data);
                break;
            case ErrorEvent error:
                Error = error.Data;
                break;
            case DoneEvent:
                IsDone = true;
                break;
            case RunStepDeltaEvent:
                break; // the step's final form arrives with thread.run.step.completed
            default:
                _unknown.Add(streamEvent);
                break;
        }
    }

    private static void Upsert<T>(List<T> items, T item, Func<T, string> id)
    {
        var index = items.FindIndex(existing => id(existing) == id(item));
        if (index < 0)
        {
            items.Add(item);
        }
        else
        {
            items[index] = item;
        }
    }

    private void AddSnapshot(ThreadMessage snapshot)
    {
        var existing = _messages.Find(m => m.Id == snapshot.Id);
        if (existing is not null && snapshot.Content.Count == 0 && existing.Content.Count > 0)
        {
            snapshot.Content = existing.Content; // an early snapshot must not erase text assembled so far
        }

        Upsert(_messages, snapshot, m => m.Id);
    }

    private void ApplyDelta(MessageDelta delta)
    {
        var message = _messages.Find(m => m.Id == delta.Id);
        if (message is null)
        {
            message = new ThreadMessage { Id = delta.Id, Object = "thread.message", Status = MessageStatus.InProgress, Role = MessageRole.Assistant };
            _messages.Add(message);
        }

        if (delta.Delta.Role is { } role)
        {
            message.Role = role;
        }

        foreach (var fragment in delta.Delta.Content ?? Enumerable.Empty<MessageDeltaContent>())
        {
            var current = fragment.Index >= 0 && fragment.Index < message.Content.Count ? message.Content[fragment.Index] : null;
            switch (fragment)
            {
                case MessageDeltaTextContent text:
                    var target = current as MessageTextContent;
                    if (target is null)
                    {
                        target = new MessageTextContent { Text = new MessageText { Value = string.Empty } };
                        Place(message, fragment.Index, target);
                    }

                    target.Text.Value += text.Text?.Value;
                    foreach (var annotation in text.Text?.Annotations ?? Enumerable.Empty<TextAnnotationDelta>())
                    {
                        if (ToAnnotation(annotation) is { } complete)
                        {
                            target.Text.Annotations.Add(complete);
                        }
                    }

                    break;
                case MessageDeltaImageFileContent image when current is null:
                    Place(message, fragment.Index, new MessageImageFileContent { ImageFile = new MessageImageFile { FileId = image.ImageFile?.FileId ?? string.Empty } });
                    break;
            }
        }
    }

    private static void Place(ThreadMessage message, int index, MessageContent part)
    {
        if (index >= 0 && index < message.Content.Count)
        {
            message.Content[index] = part;
        }
        else
        {
            message.Content.Add(part);
        }
    }

    private static TextAnnotation? ToAnnotation(TextAnnotationDelta delta) => delta switch
    {
        FileCitationAnnotationDelta citation => new FileCitationAnnotation
        {
            Text = citation.Text ?? string.Empty,
            FileCitation = new FileCitation { FileId = citation.FileCitation?.FileId ?? string.Empty, Quote = citation.FileCitation?.Quote ?? string.Empty },
            StartIndex = citation.StartIndex ?? 0,
            EndIndex = citation.EndIndex ?? 0,
        },
        FilePathAnnotationDelta path => new FilePathAnnotation
        {
            Text = path.Text ?? string.Empty,
            FilePath = new FilePathReference { FileId = path.FilePath?.FileId ?? string.Empty },
            StartIndex = path.StartIndex ?? 0,
            EndIndex = path.EndIndex ?? 0,
        },
        _ => null,
    };
}
