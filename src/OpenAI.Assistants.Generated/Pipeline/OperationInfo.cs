using System;
using System.Net.Http;

namespace OpenAI.Assistants.Generated;

/// <summary>
/// What the pipeline knows about the operation a request belongs to: its name (for logs and traces), whether it
/// may be sent again without risk of doing its work twice, and whether its response is an event stream.
/// </summary>
/// <remarks>
/// The generated methods describe their request in <c>build/templates/Client.Class.BeforeSend.liquid</c> from the
/// document's <c>x-idempotent</c> extension; the streaming helpers describe theirs by hand.
/// </remarks>
internal sealed class OperationInfo
{
    private const string PropertyKey = "OpenAI.Assistants.Generated.Operation";
#if NET5_0_OR_GREATER
    private static readonly HttpRequestOptionsKey<OperationInfo> OptionsKey = new(PropertyKey);
#endif

    public OperationInfo(string name, bool idempotent, Type? resultType = null, bool streams = false)
    {
        Name = name;
        Idempotent = idempotent;
        ResultType = resultType;
        Streams = streams;
    }

    /// <summary>The operation's name, e.g. <c>GetRun</c>.</summary>
    public string Name { get; }

    /// <summary>Whether sending the request twice has the effect of sending it once (reads, modifies, deletes).</summary>
    public bool Idempotent { get; }

    /// <summary>The type a successful response body is read as (within the attempt), or null to leave it unread.</summary>
    public Type? ResultType { get; }

    /// <summary>Whether the response is an event stream, read by the caller as it arrives (never buffered).</summary>
    public bool Streams { get; }

    /// <summary>Records the operation on a request.</summary>
    public static void Set(HttpRequestMessage request, OperationInfo operation)
    {
#if NET5_0_OR_GREATER
        request.Options.Set(OptionsKey, operation);
#else
        request.Properties[PropertyKey] = operation;
#endif
    }

    /// <summary>
    /// The operation recorded on a request; for a request nobody described, one named after its method whose
    /// idempotence follows HTTP (GET, HEAD, PUT, DELETE and OPTIONS are idempotent, POST is not).
    /// </summary>
    public static OperationInfo Of(HttpRequestMessage request)
    {
#if NET5_0_OR_GREATER
        if (request.Options.TryGetValue(OptionsKey, out var operation))
        {
            return operation;
        }
#else
        if (request.Properties.TryGetValue(PropertyKey, out var value) && value is OperationInfo operation)
        {
            return operation;
        }
#endif

        var method = request.Method.Method;
        return new OperationInfo(method, idempotent: method != "POST" && method != "PATCH");
    }

    /// <summary>Used by the generated code: describes the request of one generated operation.</summary>
    public static void Describe(HttpRequestMessage request, string name, bool idempotent, Type resultType) =>
        Set(request, new OperationInfo(name, idempotent, resultType));
}
