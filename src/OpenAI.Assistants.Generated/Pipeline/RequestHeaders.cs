using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;

namespace OpenAI.Assistants.Generated;

/// <summary>
/// The headers every request carries: <c>Authorization</c>, <c>OpenAI-Beta</c>, <c>OpenAI-Organization</c>,
/// <c>OpenAI-Project</c> and a <c>User-Agent</c> naming this package, the runtime and the OS.
/// </summary>
internal sealed class RequestHeaders
{
    private readonly AuthenticationHeaderValue _authorization;
    private readonly string? _beta;
    private readonly string? _organization;
    private readonly string? _project;
    private readonly string _userAgent;

    /// <exception cref="InvalidOperationException">No API key is set and <c>OPENAI_API_KEY</c> is empty.</exception>
    public RequestHeaders(AssistantsClientOptions options)
    {
        var apiKey = options.ResolveApiKey() ?? throw new InvalidOperationException(
            $"No OpenAI API key: set {nameof(AssistantsClientOptions)}.{nameof(AssistantsClientOptions.ApiKey)} or the {AssistantsClientOptions.ApiKeyEnvironmentVariable} environment variable.");
        _authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        _beta = NullIfBlank(options.BetaHeader);
        _organization = NullIfBlank(options.Organization);
        _project = NullIfBlank(options.Project);
        _userAgent = NullIfBlank(options.UserAgentSuffix) is { } suffix ? UserAgent + " " + suffix : UserAgent;
    }

    /// <summary>
    /// The <c>User-Agent</c> of this package, e.g. <c>OpenAI.Assistants.Generated/0.1.0 (.NET 10.0.0; Ubuntu 24.04 LTS; X64)</c>.
    /// </summary>
    public static string UserAgent { get; } = CreateUserAgent();

    /// <summary>Sets the headers on a request, replacing any of the same names.</summary>
    public void Apply(HttpRequestMessage request)
    {
        request.Headers.Authorization = _authorization;
        Set(request, "OpenAI-Beta", _beta);
        Set(request, "OpenAI-Organization", _organization);
        Set(request, "OpenAI-Project", _project);
        request.Headers.UserAgent.Clear();
        request.Headers.TryAddWithoutValidation("User-Agent", _userAgent);
    }

    private static void Set(HttpRequestMessage request, string name, string? value)
    {
        request.Headers.Remove(name);
        if (value is not null)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }
    }

    private static string CreateUserAgent()
    {
        var assembly = typeof(RequestHeaders).GetTypeInfo().Assembly;
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString()
            ?? "0.0.0";
        var plus = version.IndexOf('+');
        var package = $"OpenAI.Assistants.Generated/{(plus >= 0 ? version.Substring(0, plus) : version)}";
        var platform = $"{Comment(RuntimeInformation.FrameworkDescription)}; {Comment(RuntimeInformation.OSDescription)}; {RuntimeInformation.ProcessArchitecture}";
        return $"{package} ({platform})";
    }

    /// <summary>Text safe inside a User-Agent comment: printable ASCII without parentheses or backslashes, one line.</summary>
    private static string Comment(string text)
    {
        var safe = new StringBuilder(text.Length);
        foreach (var c in text.Trim())
        {
            safe.Append(c is >= ' ' and <= '~' and not '(' and not ')' and not '\\' ? c : ' ');
        }

        return safe.ToString().Trim();
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
