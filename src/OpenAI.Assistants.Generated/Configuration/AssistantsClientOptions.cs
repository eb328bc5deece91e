using System;

namespace OpenAI.Assistants.Generated;

/// <summary>Settings of an <see cref="AssistantsClient"/>.</summary>
public sealed class AssistantsClientOptions
{
    /// <summary>The API base address used when neither <see cref="BaseUrl"/> nor <c>OPENAI_BASE_URL</c> is set.</summary>
    public static readonly Uri DefaultBaseUrl = new("https://api.openai.com/v1");

    /// <summary>The <c>OpenAI-Beta</c> header value this client's API version needs.</summary>
    public const string DefaultBetaHeader = "assistants=v1";

    /// <summary>The environment variable read when <see cref="ApiKey"/> is not set.</summary>
    public const string ApiKeyEnvironmentVariable = "OPENAI_API_KEY";

    /// <summary>The environment variable read when <see cref="BaseUrl"/> is not set.</summary>
    public const string BaseUrlEnvironmentVariable = "OPENAI_BASE_URL";

    /// <summary>The API key sent as a bearer token. When null, <c>OPENAI_API_KEY</c> is used.</summary>
    public string? ApiKey { get; set; }

    /// <summary>
    /// The API base address, for proxies and compatible servers. When null, <c>OPENAI_BASE_URL</c> is used,
    /// then <see cref="DefaultBaseUrl"/>.
    /// </summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>Sent as <c>OpenAI-Organization</c> when set.</summary>
    public string? Organization { get; set; }

    /// <summary>Sent as <c>OpenAI-Project</c> when set.</summary>
    public string? Project { get; set; }

    /// <summary>The <c>OpenAI-Beta</c> header value; <see cref="DefaultBetaHeader"/> unless changed. Null or empty sends none.</summary>
    public string? BetaHeader { get; set; } = DefaultBetaHeader;

    /// <summary>Extra text appended to the <c>User-Agent</c> header, for example your application's name and version.</summary>
    public string? UserAgentSuffix { get; set; }

    /// <summary>
    /// How long one HTTP request may take before it is cancelled with a <see cref="TimeoutException"/>.
    /// Null means no limit beyond the caller's <see cref="System.Threading.CancellationToken"/>. Default: 100 seconds.
    /// </summary>
    public TimeSpan? RequestTimeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>The API key in effect: <see cref="ApiKey"/>, else <c>OPENAI_API_KEY</c>, else null.</summary>
    internal string? ResolveApiKey() =>
        !string.IsNullOrWhiteSpace(ApiKey) ? ApiKey : NullIfBlank(Environment.GetEnvironmentVariable(ApiKeyEnvironmentVariable));

    /// <summary>The base address in effect.</summary>
    internal Uri ResolveBaseUrl()
    {
        if (BaseUrl is not null)
        {
            return BaseUrl;
        }

        var fromEnvironment = NullIfBlank(Environment.GetEnvironmentVariable(BaseUrlEnvironmentVariable));
        if (fromEnvironment is null)
        {
            return DefaultBaseUrl;
        }

        return Uri.TryCreate(fromEnvironment, UriKind.Absolute, out var uri)
            ? uri
            : throw new InvalidOperationException($"{BaseUrlEnvironmentVariable} is not an absolute URL: '{fromEnvironment}'.");
    }

    /// <summary>Describes the options without revealing the API key.</summary>
    public override string ToString() =>
        $"AssistantsClientOptions {{ BaseUrl = {BaseUrl?.ToString() ?? "(default)"}, ApiKey = {(string.IsNullOrEmpty(ApiKey) ? "(not set)" : "***")}, " +
        $"Organization = {Organization ?? "(none)"}, Project = {Project ?? "(none)"}, BetaHeader = {BetaHeader ?? "(none)"}, RequestTimeout = {RequestTimeout?.ToString() ?? "(none)"} }}";

    internal AssistantsClientOptions Clone() => (AssistantsClientOptions)MemberwiseClone();

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
