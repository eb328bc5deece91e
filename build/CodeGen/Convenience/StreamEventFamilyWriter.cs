using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using NJsonSchema;
using NJsonSchema.CodeGeneration.CSharp;
using NSwag;

namespace OpenAI.Assistants.CodeGen.Convenience;

/// <summary>
/// Writes <c>IStreamEvent&lt;T&gt;</c> on every event class: one per subtype of the <c>AssistantStreamEvent</c>
/// discriminator mapping, with <c>T</c> the type of its <c>data</c> property. Events that share a payload type form a
/// family that one pattern matches (<c>case IStreamEvent&lt;ThreadRun&gt;</c>).
/// </summary>
/// <remarks>
/// NSwag gives a class one base (the discriminator's) and no interfaces; which interface fits follows from the
/// <c>data</c> schema, which only code sees. The interface itself (and its <c>Event</c> member, from the base's
/// hand-written partial) stays hand-written in <c>src/.../Streaming/</c>.
/// </remarks>
internal sealed class StreamEventFamilyWriter
{
    /// <summary>The discriminated base schema of the stream events; <c>IStreamEvent&lt;T&gt;.Event</c> comes from its partial.</summary>
    public const string BaseSchema = "AssistantStreamEvent";

    private readonly CSharpTypeResolver _resolver;

    public StreamEventFamilyWriter(CSharpTypeResolver resolver)
    {
        _resolver = resolver;
    }

    public void Write(StringBuilder code, OpenApiDocument document)
    {
        if (!document.Components.Schemas.TryGetValue(BaseSchema, out var baseSchema) || baseSchema.DiscriminatorObject is not { } discriminator)
        {
            throw new InvalidOperationException($"The document has no discriminated {BaseSchema} schema: the stream event families (IStreamEvent<T>) are written from its mapping.");
        }

        var errors = new List<string>();
        code.AppendLine($"    // The stream events by payload type: each {BaseSchema} subtype of the document implements IStreamEvent<T> with the type of its");
        code.AppendLine("    // Data, so that one pattern matches a whole family.");
        foreach (var (name, subtype) in discriminator.Mapping)
        {
            var schema = subtype.ActualSchema;
            if (!schema.ActualProperties.TryGetValue("data", out var data))
            {
                errors.Add($"the {BaseSchema} subtype for '{name}' has no `data` property (IStreamEvent<T> needs it)");
                continue;
            }

            var type = _resolver.Resolve(data, data.IsNullable(SchemaType.OpenApi3), data.Name);
            code.AppendLine();
            code.AppendLine($"    public partial class {_resolver.Resolve(schema, false, null)} : IStreamEvent<{type}>");
            code.AppendLine("    {");
            code.AppendLine("    }");
        }

        if (errors.Count > 0)
        {
            throw new InvalidOperationException("Stream events of the document: " + string.Join("; ", errors) + ".");
        }
    }
}
