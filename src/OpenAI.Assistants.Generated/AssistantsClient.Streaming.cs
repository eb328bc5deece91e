using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace OpenAI.Assistants.Generated;

// CUSTOM: NSwag cannot read text/event-stream responses (text/event-stream support is missing from NSwag's templates); the three streaming
// variants of the run operations are written here and reuse the generated client's URL, headers and serializer.
public partial class AssistantsClient
{
    private const string EventStreamMediaType = "text/event-stream";

    /// <summary>
    /// Creates a run and streams its events as they happen: status changes, run steps, message text as it is
    /// written (<see cref="MessageDeltaEvent"/>), and finally <see cref="DoneEvent"/>.
    /// </summary>
    /// <param name="threadId">ID of the thread to run (<c>thread_...</c>).</param>
    /// <param name="request">The run to create; its <c>Stream</c> flag is ignored (the request is sent with <c>stream: true</c>).</param>
    /// <param name="cancellationToken">Cancels the request and the reading of the stream.</param>
    /// <returns>The events in the order the server sent them. Enumerating sends the request; enumerate once.</returns>
    /// <exception cref="ArgumentException">An id is empty or a required field of <paramref name="request"/> is missing (thrown by this call, before anything is sent).</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="AssistantsApiException">The API refused the request, sent an <see cref="ErrorEvent"/> (thrown after that event is yielded), sent something that is not an event stream, or the stream ended without its <see cref="DoneEvent"/>.</exception>
    /// <example>
    /// <code>
    /// await foreach (var e in client.CreateRunStreamingAsync(threadId, new CreateRunRequest { AssistantId = assistantId }))
    /// {
    ///     if (e is MessageDeltaEvent delta) Console.Write(delta.Data.GetText());
    /// }
    /// </code>
    /// </example>
    public virtual IAsyncEnumerable<AssistantStreamEvent> CreateRunStreamingAsync(string threadId, CreateRunRequest request, CancellationToken cancellationToken = default)
    {
        var url = BuildUrl("threads/", RequirePathId(threadId, nameof(threadId)), "/runs");
        return StreamAsync("CreateRun", url, StreamingBody(request, nameof(request)), cancellationToken);
    }

    /// <summary>Creates a thread and a run on it in one call and streams the run's events, starting with <see cref="ThreadCreatedEvent"/>.</summary>
    /// <param name="request">The thread and run to create; its <c>Stream</c> flag is ignored.</param>
    /// <param name="cancellationToken">Cancels the request and the reading of the stream.</param>
    /// <returns>The events in the order the server sent them. Enumerating sends the request; enumerate once.</returns>
    /// <exception cref="ArgumentException">A required field of <paramref name="request"/> is missing (thrown by this call, before anything is sent).</exception>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="AssistantsApiException">The API refused the request, sent an <see cref="ErrorEvent"/> (thrown after that event is yielded), sent something that is not an event stream, or the stream ended without its <see cref="DoneEvent"/>.</exception>
    public virtual IAsyncEnumerable<AssistantStreamEvent> CreateThreadAndRunStreamingAsync(CreateThreadAndRunRequest request, CancellationToken cancellationToken = default)
    {
        var url = BuildUrl("threads/runs");
        return StreamAsync("CreateThreadAndRun", url, StreamingBody(request, nameof(request)), cancellationToken);
    }

    /// <summary>
    /// Submits the outputs of the tool calls a run is waiting for (<c>requires_action</c>) and streams the events
    /// of the run as it continues.
    /// </summary>
    /// <param name="threadId">ID of the thread (<c>thread_...</c>).</param>
    /// <param name="runId">ID of the run waiting for the outputs (<c>run_...</c>).</param>
    /// <param name="request">The outputs, one per tool call; its <c>Stream</c> flag is ignored.</param>
    /// <param name="cancellationToken">Cancels the request and the reading of the stream.</param>
    /// <returns>The events in the order the server sent them. Enumerating sends the request; enumerate once.</returns>
    /// <exception cref="ArgumentException">An id is empty or a required field of <paramref name="request"/> is missing (thrown by this call, before anything is sent).</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="AssistantsApiException">The API refused the request, sent an <see cref="ErrorEvent"/> (thrown after that event is yielded), sent something that is not an event stream, or the stream ended without its <see cref="DoneEvent"/>.</exception>
    public virtual IAsyncEnumerable<AssistantStreamEvent> SubmitToolOutputsStreamingAsync(string threadId, string runId, SubmitToolOutputsRequest request, CancellationToken cancellationToken = default)
    {
        var url = BuildUrl("threads/", RequirePathId(threadId, nameof(threadId)), "/runs/", RequirePathId(runId, nameof(runId)), "/submit_tool_outputs");
        return StreamAsync("SubmitToolOutputsToRun", url, StreamingBody(request, nameof(request)), cancellationToken);
    }

    private string BuildUrl(params string[] parts) => _baseUrl + string.Concat(parts);

    /// <summary>The request as JSON with <c>stream: true</c>, validated now so that mistakes surface at the call.</summary>
    private string StreamingBody(object request, string parameterName)
    {
        if (request is null)
        {
            throw new ArgumentNullException(parameterName);
        }

        RequestValidation.ValidateFields(request, parameterName);
        var json = JObject.FromObject(request, AssistantsJson.Serializer);
        json["stream"] = true; // set on the copy: the caller's object is not changed
        return json.ToString(Formatting.None);
    }

    private async IAsyncEnumerable<AssistantStreamEvent> StreamAsync(string operationName, string url, string body, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(url, UriKind.RelativeOrAbsolute))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(EventStreamMediaType));
        // Starting a stream creates a run: retried only when the failure proves nothing was created.
        OperationInfo.Set(request, new OperationInfo(operationName, idempotent: false, streams: true));

        // The pipeline retries the start of the stream and throws for an error status; from here on, nothing is resent.
        using var response = await _pipeline.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        var headers = AssistantsPipeline.CollectHeaders(response);
        var status = (int)response.StatusCode;
        var mediaType = response.Content?.Headers.ContentType?.MediaType;
        if (!string.Equals(mediaType, EventStreamMediaType, StringComparison.OrdinalIgnoreCase))
        {
            var prefix = await BufferedBody.ReplaceAsync(response, AssistantsApiException.MaxResponseLength, cancellationToken).ConfigureAwait(false);
            throw new AssistantsApiException(
                $"Expected an event stream ({EventStreamMediaType}) but the response was '{mediaType ?? "(no content type)"}'.",
                status, prefix.Text(AssistantsApiException.MaxResponseLength, out var cut), headers, null, cut);
        }

        var what = $"The event stream of {operationName}";
        using var idle = _pipeline.StreamIdleTimeout is { } limit ? new Deadline(_pipeline.TimeProvider, limit, cancellationToken) : null;
        var token = idle?.Token ?? cancellationToken;
        var serializer = AssistantsJson.Serializer;
        Stream stream;
        IAsyncEnumerator<SseItem<string>> events;
        try
        {
#if NET5_0_OR_GREATER
            stream = await response.Content!.ReadAsStreamAsync(token).ConfigureAwait(false);
#else
            stream = await response.Content!.ReadAsStreamAsync().ConfigureAwait(false);
#endif
            events = SseParser.Create(stream, (name, data) => Utf8(data)).EnumerateAsync(token).GetAsyncEnumerator(token);
        }
        catch (Exception ex) when (AssistantsPipeline.Translate(ex, idle, cancellationToken, what, betweenEvents: true) is { } translated)
        {
            throw translated;
        }

        // A read that ignores the token (older frameworks) is ended by disposing the response.
        using var stopReads = token.Register(static state => ((HttpResponseMessage)state!).Dispose(), response);
        await using var _ = events.ConfigureAwait(false);
        using var __ = stream;
        while (true)
        {
            bool more;
            try
            {
                more = await events.MoveNextAsync().ConfigureAwait(false);
            }
            catch (Exception ex) when (AssistantsPipeline.Translate(ex, idle, cancellationToken, what, betweenEvents: true) is { } translated)
            {
                throw translated;
            }

            if (!more)
            {
                break;
            }

            idle?.Restart();
            var item = events.Current;
            AssistantStreamEvent value;
            try
            {
                value = StreamEventRegistry.Create(item.EventType, item.Data, serializer);
            }
            catch (JsonException ex)
            {
                throw new AssistantsApiException(
                    $"The '{item.EventType}' event of the stream could not be read: {ex.Message}", status, item.Data, headers, ex);
            }

            yield return value;

            if (value is ErrorEvent error)
            {
                // The event was yielded so that event-aware code sees it; code that ignores it must not miss the failure.
                var wrapped = new JObject { ["error"] = JToken.Parse(item.Data) }.ToString(Formatting.None);
                throw new AssistantsApiException(
                    "The stream reported an error: " + (error.Data?.Message ?? "(no message)"), status, wrapped, headers, null);
            }

            if (value is DoneEvent)
            {
                yield break;
            }
        }

        // The API ends every stream with `done`; without it the connection was cut and the run may still be going.
        throw new AssistantsApiException(
            $"{what} ended before its 'done' event (the connection was closed early); the run may still be going: check it with GetRunAsync.",
            status, string.Empty, headers, null);
    }

    private static string Utf8(ReadOnlySpan<byte> data) =>
#if !NET5_0_OR_GREATER
        Encoding.UTF8.GetString(data.ToArray());
#else
        Encoding.UTF8.GetString(data);
#endif
}
