using System;
using System.Net.Http;

namespace OpenAI.Assistants.Generated;

/// <summary>A client for the OpenAI Assistants API (v1, beta): assistants, threads, messages, runs and run steps.</summary>
/// <remarks>
/// Create it with an API key (<c>new AssistantsClient(apiKey)</c>), with <see cref="AssistantsClientOptions"/>, or
/// with an <see cref="HttpClient"/> from <c>IHttpClientFactory</c> plus options. Instances are thread-safe; reuse one.
/// </remarks>
public partial class AssistantsClient : IDisposable
{
    private readonly AssistantsHeadersHandler? _headers;
    private readonly HttpClient? _ownedHttpClient;

    /// <summary>Creates a client that authenticates with the given API key and default options.</summary>
    /// <param name="apiKey">The OpenAI API key.</param>
    /// <exception cref="ArgumentException"><paramref name="apiKey"/> is null, empty or whitespace.</exception>
    public AssistantsClient(string apiKey)
        : this(new AssistantsClientOptions { ApiKey = RequireApiKey(apiKey) })
    {
    }

    /// <summary>Creates a client from options; the API key and base URL may come from the environment.</summary>
    /// <param name="options">The client options.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="InvalidOperationException">No API key in the options nor in <c>OPENAI_API_KEY</c>.</exception>
    public AssistantsClient(AssistantsClientOptions options)
        : this(CreateHttpClient(options ?? throw new ArgumentNullException(nameof(options))))
    {
        _ownedHttpClient = _httpClient;
        BaseUrl = options.ResolveBaseUrl().ToString();
    }

    /// <summary>
    /// Creates a client over an existing <see cref="HttpClient"/> (for example from <c>IHttpClientFactory</c>). The
    /// options' headers are added to each request; the <see cref="HttpClient"/> is not disposed by this client.
    /// </summary>
    /// <param name="httpClient">The HTTP client to send requests with.</param>
    /// <param name="options">The client options.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException">No API key in the options nor in <c>OPENAI_API_KEY</c>.</exception>
    /// <remarks><see cref="AssistantsClientOptions.RequestTimeout"/> does not apply here: the HttpClient's own timeout does.</remarks>
    public AssistantsClient(HttpClient httpClient, AssistantsClientOptions options)
        : this(httpClient ?? throw new ArgumentNullException(nameof(httpClient)))
    {
        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        _headers = new AssistantsHeadersHandler(options);
        BaseUrl = options.ResolveBaseUrl().ToString();
    }

    /// <summary>Disposes the <see cref="HttpClient"/> this client created; a caller's HttpClient is left alone.</summary>
    public void Dispose() => _ownedHttpClient?.Dispose();

    /// <summary>Creates the <see cref="HttpClient"/> the options constructor owns.</summary>
    private static HttpClient CreateHttpClient(AssistantsClientOptions options)
    {
        // The timeout is enforced per request by the handler (with a TimeoutException), not by HttpClient.
        var handler = new AssistantsHeadersHandler(options) { InnerHandler = new HttpClientHandler() };
        return new HttpClient(handler) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
    }

    private static string RequireApiKey(string apiKey) =>
        string.IsNullOrWhiteSpace(apiKey) ? throw new ArgumentException("An OpenAI API key is required.", nameof(apiKey)) : apiKey;

    // CUSTOM: NSwag's per-instance hook, run by every constructor.
    partial void Initialize()
    {
        // Keep the body text so that a 2xx body that fails to deserialize is still in the exception.
        ReadResponseAsString = true;
    }

    // CUSTOM: headers for a client built over a caller's HttpClient (the owned client has them in its handler).
    partial void PrepareRequest(HttpClient client, HttpRequestMessage request, string url)
    {
        _headers?.Apply(request);
    }

    /// <summary>
    /// Checks a path id where a helper is called (listings and streams run their requests later, when enumerated), with
    /// the rules the generated request code applies, and returns the escaped segment.
    /// </summary>
    /// <exception cref="ArgumentNullException">The id is null.</exception>
    /// <exception cref="ArgumentException">The id is empty, whitespace, or a dot segment.</exception>
    internal static string RequirePathId(string id, string parameterName) =>
        PathSegment(id ?? throw new ArgumentNullException(parameterName), parameterName);

    /// <summary>
    /// One escaped path segment from an id. Called by the generated code (build/templates/Client.Class.PathParameter.liquid)
    /// while it builds the URL, so bad ids fail before anything is sent.
    /// </summary>
    /// <exception cref="ArgumentException">The id is empty, whitespace, or a dot segment.</exception>
    internal static string PathSegment(string value, string parameterName)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{parameterName} must be a non-empty id.", parameterName);
        }

        if (value == "." || value == "..")
        {
            throw new ArgumentException($"{parameterName} must be an id, not the path segment '{value}'.", parameterName);
        }

        return Uri.EscapeDataString(value);
    }
}
