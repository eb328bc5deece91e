using Newtonsoft.Json;

namespace OpenAI.Assistants.Generated;

/// <summary>The JSON settings the client reads and writes the API's bodies with.</summary>
internal static class AssistantsJson
{
    private static JsonSerializer? _serializer;

    /// <summary>One serializer with the client's settings, shared (Newtonsoft's serializer is thread-safe once configured).</summary>
    public static JsonSerializer Serializer => _serializer ??= JsonSerializer.Create(CreateSettings());

    /// <summary>Applies the client's settings to <paramref name="settings"/>.</summary>
    /// <param name="settings">Settings to change in place.</param>
    public static void Configure(JsonSerializerSettings settings)
    {
        // Keep strings as they came: Newtonsoft would otherwise turn ISO-8601-looking text into DateTime.
        settings.DateParseHandling = DateParseHandling.None;

        // Responses write back as they were read (explicit nulls kept, absent fields left out); requests built in
        // code write only what was set. See WireFidelityContractResolver.
        settings.ContractResolver = WireFidelityContractResolver.Instance;
    }

    /// <summary>New settings configured as the client's.</summary>
    public static JsonSerializerSettings CreateSettings()
    {
        var settings = new JsonSerializerSettings();
        Configure(settings);
        return settings;
    }
}
