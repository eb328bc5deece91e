using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;

namespace OpenAI.Assistants.Generated;

/// <summary>
/// Adds the headers the Assistants API needs to every request (<c>Authorization</c>, <c>OpenAI-Beta</c>,
/// <c>OpenAI-Organization</c>, <c>OpenAI-Project</c>, <c>User-Agent</c>) and enforces the per-request timeout.
/// </summary>
/// <remarks>
/// <see cref="AssistantsClient"/> uses it for the clients it creates. With <c>IHttpClientFactory</c>, register it
/// on the named or typed client: <c>services.AddHttpClient&lt;AssistantsClient&gt;().AddHttpMessageHandler(() =&gt; new AssistantsHeadersHandler(options))</c>.
/// </remarks>
public sealed class AssistantsHeadersHandler : DelegatingHandler
{
    private static readonly string PackageUserAgent = CreatePackageUserAgent();

    private readonly AuthenticationHeaderValue _authorization;
    private readonly string? _beta;
    private readonly string? _organization;
    private readonly string? _project;
    private readonly string _userAgent;
    private readonly TimeSpan? _timeout;

    /// <summary>Creates the handler from the options (the API key may come from <c>OPENAI_API_KEY</c>).</summary>
    /// <param name="options">The client options.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="InvalidOperationException">No API key is set and <c>OPENAI_API_KEY</c> is empty.</exception>
    public AssistantsHeadersHandler(AssistantsClientOptions options)
    {
        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        var apiKey = options.ResolveApiKey() ?? throw new InvalidOperationException(
            $"No OpenAI API key: set {nameof(AssistantsClientOptions)}.{nameof(AssistantsClientOptions.ApiKey)} or the {AssistantsClientOptions.ApiKeyEnvironmentVariable} environment variable.");
        _authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        _beta = string.IsNullOrWhiteSpace(options.BetaHeader) ? null : options.BetaHeader;
        _organization = string.IsNullOrWhiteSpace(options.Organization) ? null : options.Organization;
        _project = string.IsNullOrWhiteSpace(options.Project) ? null : options.Project;
        _userAgent = string.IsNullOrWhiteSpace(options.UserAgentSuffix) ? PackageUserAgent : PackageUserAgent + " " + options.UserAgentSuffix;
        if (options.RequestTimeout is { } timeout && timeout <= TimeSpan.Zero && timeout != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(options), timeout, "RequestTimeout must be positive.");
        }

        _timeout = options.RequestTimeout == Timeout.InfiniteTimeSpan ? null : options.RequestTimeout;
    }

    /// <summary>The <c>User-Agent</c> product token of this package, e.g. <c>OpenAI.Assistants.Generated/0.1.0</c>.</summary>
    public static string UserAgent => PackageUserAgent;

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Apply(request);
        if (_timeout is not { } timeout)
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        try
        {
            return await base.SendAsync(request, timeoutSource.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested && timeoutSource.IsCancellationRequested)
        {
            throw new TimeoutException($"The request {request.Method} {request.RequestUri?.AbsolutePath} did not complete within {timeout}.", ex);
        }
    }

    /// <summary>Sets this handler's headers on a request (replacing any of the same names).</summary>
    internal void Apply(HttpRequestMessage request)
    {
        request.Headers.Authorization = _authorization;
        SetHeader(request, "OpenAI-Beta", _beta);
        SetHeader(request, "OpenAI-Organization", _organization);
        SetHeader(request, "OpenAI-Project", _project);
        request.Headers.UserAgent.Clear();
        request.Headers.TryAddWithoutValidation("User-Agent", _userAgent);
    }

    private static void SetHeader(HttpRequestMessage request, string name, string? value)
    {
        request.Headers.Remove(name);
        if (value is not null)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }
    }

    private static string CreatePackageUserAgent()
    {
        var assembly = typeof(AssistantsHeadersHandler).GetTypeInfo().Assembly;
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString()
            ?? "0.0.0";
        var plus = version.IndexOf('+');
        return $"OpenAI.Assistants.Generated/{(plus >= 0 ? version.Substring(0, plus) : version)}";
    }
}
