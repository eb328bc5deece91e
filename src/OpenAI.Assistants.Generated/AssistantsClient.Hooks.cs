using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json;

namespace OpenAI.Assistants.Generated;

/// <summary>
/// Every hook of NSwag's generated client that we implement, in one place: each hands off, in one line, to the concern
/// it serves. A concern that needs another NSwag hook (<c>PrepareRequest</c>, <c>ProcessResponse</c>, <c>Initialize</c>)
/// adds it here, not in its own file, so that no concern owns a hook another one may need.
/// </summary>
public partial class AssistantsClient
{
    // CUSTOM: NSwag's hook for the object the generated methods send with (nswag.json: useHttpClientCreationMethod,
    // httpClientType): the client's pipeline (Configuration: AssistantsClient.Configuration.cs, Pipeline/).
    private Task<AssistantsPipeline> CreateHttpClientAsync(CancellationToken cancellationToken) => _pipelineTask;

    // CUSTOM: NSwag's hook for the client's static serializer settings (Serialization: Serialization/AssistantsJson.cs).
    static partial void UpdateJsonSerializerSettings(JsonSerializerSettings settings) => AssistantsJson.Configure(settings);
}
