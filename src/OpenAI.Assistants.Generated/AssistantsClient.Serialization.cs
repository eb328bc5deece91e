using Newtonsoft.Json;

namespace OpenAI.Assistants.Generated;

/// <summary>Serialization hooks of the generated client.</summary>
public partial class AssistantsClient
{
    // CUSTOM: NSwag's hook for the client's static serializer settings.
    static partial void UpdateJsonSerializerSettings(JsonSerializerSettings settings) => AssistantsJson.Configure(settings);
}
