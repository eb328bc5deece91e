using System;
using System.Net.Http;
using System.Threading;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenAI.Assistants.Generated;

// In the namespace of IServiceCollection, as AddXxx extensions are, so that they show up without another using.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="AssistantsClient"/> with dependency injection and <see cref="IHttpClientFactory"/>.</summary>
/// <remarks>
/// Each method registers <see cref="AssistantsClientOptions"/> with the options pattern, a typed
/// <see cref="HttpClient"/> through <see cref="IHttpClientFactory"/>, and <see cref="AssistantsClient"/> and
/// <see cref="IAssistantsClient"/> as transient services (as typed clients are), each created as
/// <c>new AssistantsClient(httpClient, options)</c>. The options are read when a client is created (so a configuration
/// reload reaches the clients resolved after it); unless they set <see cref="AssistantsClientOptions.LoggerFactory"/>,
/// the application's <see cref="ILoggerFactory"/> receives the client's logs. The client's headers, retries, timeouts
/// and logs apply as with any other constructor. Settings missing from the options (the API key, the base URL) are
/// read from <c>OPENAI_API_KEY</c> and <c>OPENAI_BASE_URL</c>; when there is no API key anywhere, resolving the client
/// throws <see cref="InvalidOperationException"/>. More settings can be added with
/// <c>services.Configure&lt;AssistantsClientOptions&gt;(...)</c>.
/// </remarks>
public static class AssistantsServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="AssistantsClient"/> and <see cref="IAssistantsClient"/> with options bound from a
    /// configuration section, usually <c>builder.Configuration.GetSection("OpenAI")</c>.
    /// </summary>
    /// <param name="services">The services to add to.</param>
    /// <param name="configuration">
    /// The section holding the <see cref="AssistantsClientOptions"/> by property name: <c>ApiKey</c>, <c>BaseUrl</c>,
    /// <c>Organization</c>, <c>Project</c>, <c>BetaHeader</c>, <c>UserAgentSuffix</c>, <c>MaxRetries</c>,
    /// <c>RetryNonIdempotentRequests</c>, <c>RequestTimeout</c> and <c>StreamIdleTimeout</c> (as <c>"00:00:30"</c>),
    /// <c>LogBodies</c>. Keep the API key out of checked-in files: user secrets or an environment variable such as
    /// <c>OpenAI__ApiKey</c> fill the same key, and <c>OPENAI_API_KEY</c> is read when none does.
    /// </param>
    /// <returns>The builder of the client's <see cref="HttpClient"/>, to add handlers or configure the primary handler.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configuration"/> is null.</exception>
    public static IHttpClientBuilder AddAssistantsClient(this IServiceCollection services, IConfiguration configuration)
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        if (configuration is null)
        {
            throw new ArgumentNullException(nameof(configuration));
        }

        services.AddOptions<AssistantsClientOptions>().Bind(configuration);
        return AddClient(services);
    }

    /// <summary>Registers <see cref="AssistantsClient"/> and <see cref="IAssistantsClient"/> with options set in code.</summary>
    /// <param name="services">The services to add to.</param>
    /// <param name="configure">Sets the <see cref="AssistantsClientOptions"/>.</param>
    /// <returns>The builder of the client's <see cref="HttpClient"/>, to add handlers or configure the primary handler.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configure"/> is null.</exception>
    public static IHttpClientBuilder AddAssistantsClient(this IServiceCollection services, Action<AssistantsClientOptions> configure)
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        if (configure is null)
        {
            throw new ArgumentNullException(nameof(configure));
        }

        services.AddOptions<AssistantsClientOptions>().Configure(configure);
        return AddClient(services);
    }

    private static IHttpClientBuilder AddClient(IServiceCollection services)
    {
        // The name a typed client of AssistantsClient has by default (IHttpClientBuilder.Name).
        var builder = services.AddHttpClient(nameof(AssistantsClient)).AddTypedClient(Create);

        // The pipeline ends each attempt after AssistantsClientOptions.RequestTimeout (body included) and decides
        // whether to retry. HttpClient.Timeout would also cut every attempt, at the factory's default of 100 s whatever
        // the options say: a longer RequestTimeout, or none (for slow calls), could never be reached. So the factory's
        // client has no timeout of its own, like the shared client of the other constructors; an application that
        // wants one can still set it with ConfigureHttpClient after this call.
        builder.ConfigureHttpClient(static httpClient => httpClient.Timeout = Timeout.InfiniteTimeSpan);

        services.TryAddTransient<IAssistantsClient>(static provider => provider.GetRequiredService<AssistantsClient>());
        return builder;
    }

    private static AssistantsClient Create(HttpClient httpClient, IServiceProvider provider)
    {
        var options = provider.GetRequiredService<IOptionsMonitor<AssistantsClientOptions>>().CurrentValue;
        if (options.LoggerFactory is null && provider.GetService<ILoggerFactory>() is { } loggerFactory)
        {
            // A copy: the options instance is shared by every client the container creates.
            options = options.Clone();
            options.LoggerFactory = loggerFactory;
        }

        return new AssistantsClient(httpClient, options);
    }
}
