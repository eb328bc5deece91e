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
        return StreamAsync(url, StreamingBody(request, nameof(request)), cancellationToken);
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
        return StreamAsync(url, StreamingBody(request, nameof(request)), cancellationToken);
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
        return StreamAsync(url, StreamingBody(request, nameof(request)), cancellationToken);
    }

    private string BuildUrl(params string[] parts) => (BaseUrl ?? string.Empty) + string.Concat(parts);

    /// <summary>The request as JSON with <c>stream: true</c>, validated now so that mistakes surface at the call.</summary>
    private string StreamingBody(object request, string parameterName)
    {
        if (request is null)
        {
            throw new ArgumentNullException(parameterName);
        }

        RequestValidation.ValidateFields(request, parameterName);
        var json = JObject.FromObject(request, JsonSerializer.Create(JsonSerializerSettings));
        json["stream"] = true; // set on the copy: the caller's object is not changed
        return json.ToString(Formatting.None);
    }

    private async IAsyncEnumerable<AssistantStreamEvent> StreamAsync(string url, string body, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(url, UriKind.RelativeOrAbsolute))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(EventStreamMediaType));
        PrepareRequest(_httpClient, request, url);

        using var response = await _httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        ProcessResponse(_httpClient, response);
        var headers = CollectHeaders(response);
        await EnsureEventStreamAsync(response, headers).ConfigureAwait(false);

        var serializer = JsonSerializer.Create(JsonSerializerSettings);
        using var stream = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
        var parser = SseParser.Create(stream, (name, data) => Utf8(data));
        await foreach (var item in parser.EnumerateAsync(cancellationToken).ConfigureAwait(false))
        {
            AssistantStreamEvent value;
            try
            {
                value = StreamEventRegistry.Create(item.EventType, item.Data, serializer);
            }
            catch (JsonException ex)
            {
                throw new AssistantsApiException(
                    $"The '{item.EventType}' event of the stream could not be read: {ex.Message}", (int)response.StatusCode, item.Data, headers, ex);
            }

            yield return value;

            if (value is ErrorEvent error)
            {
                // The event was yielded so that event-aware code sees it; code that ignores it must not miss the failure.
                var wrapped = new JObject { ["error"] = JToken.Parse(item.Data) }.ToString(Formatting.None);
                throw new AssistantsApiException(
                    "The stream reported an error: " + (error.Data?.Message ?? "(no message)"), (int)response.StatusCode, wrapped, headers, null);
            }

            if (value is DoneEvent)
            {
                yield break;
            }
        }

        // The API ends every stream with `done`; without it the connection was cut and the run may still be going.
        throw new AssistantsApiException(
            "The event stream ended before its 'done' event (the connection was closed early); the run may still be going: check it with GetRunAsync.",
            (int)response.StatusCode, string.Empty, headers, null);
    }

    private async Task EnsureEventStreamAsync(HttpResponseMessage response, Dictionary<string, IEnumerable<string>> headers)
    {
        var status = (int)response.StatusCode;
        var mediaType = response.Content?.Headers.ContentType?.MediaType;
        if (status == 200 && string.Equals(mediaType, EventStreamMediaType, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var text = response.Content is null ? string.Empty : await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        if (status == 200)
        {
            throw new AssistantsApiException(
                $"Expected an event stream ({EventStreamMediaType}) but the response was '{mediaType ?? "(no content type)"}'.", status, text, headers, null);
        }

        ApiErrorResponse? error = null;
        try
        {
            error = JsonConvert.DeserializeObject<ApiErrorResponse>(text, JsonSerializerSettings);
        }
        catch (JsonException)
        {
            // not JSON (a proxy's HTML page, say): the raw body is still in the exception
        }

        throw error is null
            ? new AssistantsApiException($"The HTTP status code of the response was not expected ({status}).", status, text, headers, null)
            : new AssistantsApiException<ApiErrorResponse>("Error returned by the API.", status, text, headers, error, null);
    }

    private static Dictionary<string, IEnumerable<string>> CollectHeaders(HttpResponseMessage response)
    {
        var headers = response.Headers.ToDictionary(h => h.Key, h => h.Value, StringComparer.OrdinalIgnoreCase);
        if (response.Content is not null)
        {
            foreach (var header in response.Content.Headers)
            {
                headers[header.Key] = header.Value;
            }
        }

        return headers;
    }

    private static string Utf8(ReadOnlySpan<byte> data) =>
#if NETSTANDARD2_0
        Encoding.UTF8.GetString(data.ToArray());
#else
        Encoding.UTF8.GetString(data);
#endif
}
