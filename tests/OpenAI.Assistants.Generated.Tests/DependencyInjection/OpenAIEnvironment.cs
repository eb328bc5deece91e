using System;

namespace OpenAI.Assistants.Generated.Tests.DependencyInjection;

/// <summary>
/// Sets <c>OPENAI_API_KEY</c> and <c>OPENAI_BASE_URL</c> (null removes them) for one test and puts back what was there.
/// Tests that use it must be <c>[NonParallelizable]</c>: the environment belongs to the whole process.
/// </summary>
internal sealed class OpenAIEnvironment : IDisposable
{
    private readonly string? _savedKey = Environment.GetEnvironmentVariable(AssistantsClientOptions.ApiKeyEnvironmentVariable);
    private readonly string? _savedBaseUrl = Environment.GetEnvironmentVariable(AssistantsClientOptions.BaseUrlEnvironmentVariable);

    public OpenAIEnvironment(string? apiKey, string? baseUrl)
    {
        Environment.SetEnvironmentVariable(AssistantsClientOptions.ApiKeyEnvironmentVariable, apiKey);
        Environment.SetEnvironmentVariable(AssistantsClientOptions.BaseUrlEnvironmentVariable, baseUrl);
    }

    public void Dispose()
    {
        Environment.SetEnvironmentVariable(AssistantsClientOptions.ApiKeyEnvironmentVariable, _savedKey);
        Environment.SetEnvironmentVariable(AssistantsClientOptions.BaseUrlEnvironmentVariable, _savedBaseUrl);
    }
}
