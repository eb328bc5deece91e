using System.Collections.Generic;
using System.Net.Http;
using Newtonsoft.Json;

namespace OpenAI.Assistants.Generated;

/// <summary>Reading the JSON body of a successful response (called by the generated code).</summary>
public partial class AssistantsClient
{
    /// <summary>
    /// Parses a response body that the pipeline buffered as a stream of UTF-8 (never as one string). A body that does
    /// not fit <typeparamref name="T"/> fails with the start of the body in the exception.
    /// </summary>
    /// <exception cref="AssistantsApiException">The body is not JSON of the expected shape.</exception>
    private static T ReadJsonBody<T>(HttpResponseMessage response, IReadOnlyDictionary<string, IEnumerable<string>> headers)
    {
        if (response.Content is not BufferedBody body)
        {
            throw new AssistantsApiException(
                $"The response to be read as {typeof(T).Name} was not buffered by the client's pipeline.", (int)response.StatusCode, null, headers, null);
        }

        if (body.Parsed is T parsed)
        {
            return parsed; // read within the attempt (the pipeline knew the operation's result type)
        }

        try
        {
            return (T)body.Deserialize(typeof(T))!;
        }
        catch (JsonException exception)
        {
            var text = body.Text(AssistantsApiException.MaxResponseLength, out var cut);
            throw new AssistantsApiException(
                $"The {(int)response.StatusCode} response could not be read as {typeof(T).Name}: {exception.Message}",
                (int)response.StatusCode, text, headers, exception, cut);
        }
    }
}
