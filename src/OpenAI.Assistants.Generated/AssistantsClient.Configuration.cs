using System;
using System.Net.Http;
using System.Threading.Tasks;

namespace OpenAI.Assistants.Generated;

/// <summary>A client for the OpenAI Assistants API (v1, beta): assistants, threads, messages, runs and run steps.</summary>
/// <remarks>
/// Create it with an API key (<c>new AssistantsClient(apiKey)</c>), with <see cref="AssistantsClientOptions"/>, with an
/// <see cref="HttpClient"/> of your own, or through dependency injection (<c>services.AddAssistantsClient(...)</c>).
/// Every way gets the same pipeline: the API's headers, retries, timeouts, logs and traces. Instances are
/// thread-safe; clients that do not get an HttpClient share one connection pool, so creating many is cheap.
/// </remarks>
public partial class AssistantsClient : IDisposable
{
    private readonly AssistantsPipeline _pipeline = null!;
    private readonly Task<AssistantsPipeline> _pipelineTask = null!;

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
    /// <exception cref="ArgumentException"><see cref="AssistantsClientOptions.BaseUrl"/> is not an absolute http(s) URL.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A timeout or <see cref="AssistantsClientOptions.MaxRetries"/> is out of range.</exception>
    /// <exception cref="InvalidOperationException">No API key in the options nor in <c>OPENAI_API_KEY</c>.</exception>
    public AssistantsClient(AssistantsClientOptions options)
        : this(SharedHttpClient.Instance, options ?? throw new ArgumentNullException(nameof(options)))
    {
    }

    /// <summary>
    /// Creates a client that sends its requests with <paramref name="httpClient"/> (for example one from
    /// <c>IHttpClientFactory</c>), which it does not dispose. The options' headers, retries, timeouts and logging apply
    /// as with the other constructors; the HttpClient's <see cref="HttpClient.BaseAddress"/> is not used (the options'
    /// base URL is), and its own <see cref="HttpClient.Timeout"/>, if shorter, also ends attempts.
    /// </summary>
    /// <param name="httpClient">The HTTP client to send requests with.</param>
    /// <param name="options">The client options; null reads the API key and base URL from the environment.</param>
    /// <exception cref="ArgumentNullException"><paramref name="httpClient"/> is null.</exception>
    /// <exception cref="ArgumentException"><see cref="AssistantsClientOptions.BaseUrl"/> is not an absolute http(s) URL.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A timeout or <see cref="AssistantsClientOptions.MaxRetries"/> is out of range.</exception>
    /// <exception cref="InvalidOperationException">No API key in the options nor in <c>OPENAI_API_KEY</c>.</exception>
    public AssistantsClient(HttpClient httpClient, AssistantsClientOptions? options = null)
        : this()
    {
        if (httpClient is null)
        {
            throw new ArgumentNullException(nameof(httpClient));
        }

        options ??= new AssistantsClientOptions();
        _pipeline = new AssistantsPipeline(httpClient, options);
        _pipelineTask = Task.FromResult(_pipeline);
        var baseUrl = options.ResolveBaseUrl().ToString();
        _baseUrl = baseUrl.EndsWith("/", StringComparison.Ordinal) ? baseUrl : baseUrl + "/";
        BaseUrl = new Uri(_baseUrl);
    }

    /// <summary>The API base address every request goes to (from the options, <c>OPENAI_BASE_URL</c>, or the default), ending with <c>/</c>.</summary>
    public Uri BaseUrl { get; }

    /// <summary>Does nothing: the shared or caller's <see cref="HttpClient"/> outlives the client. Kept so that <c>using</c> works.</summary>
    public void Dispose()
    {
    }

    /// <summary>The pipeline every request goes through.</summary>
    internal AssistantsPipeline Pipeline => _pipeline;

    private static string RequireApiKey(string apiKey) =>
        string.IsNullOrWhiteSpace(apiKey) ? throw new ArgumentException("An OpenAI API key is required.", nameof(apiKey)) : apiKey;

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
