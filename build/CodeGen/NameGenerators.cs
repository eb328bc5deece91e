using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using NJsonSchema;
using NJsonSchema.CodeGeneration;
using NSwag;
using NSwag.CodeGeneration;

namespace OpenAI.Assistants.CodeGen;

/// <summary>Splits wire names (<c>created_at</c>, <c>gpt-3.5-turbo</c>, <c>thread.run</c>) into words.</summary>
internal static class WireName
{
    public static IReadOnlyList<string> Words(string name) =>
        name.Split(new[] { '_', '-', '.', ' ', '/', '[', ']' }, StringSplitOptions.RemoveEmptyEntries);

    public static string ToPascalCase(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var word in Words(name))
        {
            builder.Append(char.ToUpperInvariant(word[0])).Append(word, 1, word.Length - 1);
        }

        if (builder.Length == 0 || char.IsDigit(builder[0]))
        {
            builder.Insert(0, '_');
        }

        return builder.ToString();
    }

    public static string ToCamelCase(string name)
    {
        var pascal = ToPascalCase(name);
        return char.ToLowerInvariant(pascal[0]) + pascal.Substring(1);
    }
}

/// <summary><c>created_at</c> becomes <c>CreatedAt</c>.</summary>
internal sealed class PascalCasePropertyNameGenerator : IPropertyNameGenerator
{
    public string Generate(JsonSchemaProperty property) => WireName.ToPascalCase(property.Name);
}

/// <summary><c>in_progress</c> becomes <c>InProgress</c>, <c>gpt-3.5-turbo</c> becomes <c>Gpt35Turbo</c>.</summary>
internal sealed class PascalCaseEnumNameGenerator : IEnumNameGenerator
{
    public string Generate(int index, string? name, object? value, JsonSchema schema) =>
        WireName.ToPascalCase(name ?? value?.ToString() ?? "Value" + index);
}

/// <summary><c>thread_id</c> becomes <c>threadId</c>; the request body parameter is called <c>request</c>.</summary>
internal sealed class CamelCaseParameterNameGenerator : IParameterNameGenerator
{
    public string Generate(OpenApiParameter parameter, IEnumerable<OpenApiParameter> allParameters)
    {
        if (parameter.Kind == OpenApiParameterKind.Body)
        {
            return "request";
        }

        var name = WireName.ToCamelCase(parameter.Name);
        return name is "object" or "string" or "event" or "base" ? "@" + name : name;
    }
}
