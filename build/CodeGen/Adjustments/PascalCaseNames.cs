using System;
using System.Collections.Generic;
using System.Text;
using NJsonSchema;
using NJsonSchema.CodeGeneration;
using NSwag;
using NSwag.CodeGeneration;
using NSwag.CodeGeneration.CSharp;

namespace OpenAI.Assistants.CodeGen.Adjustments;

/// <summary>
/// C# names from wire names: properties and enum members PascalCase (<c>created_at</c> → <c>CreatedAt</c>,
/// <c>gpt-3.5-turbo</c> → <c>Gpt35Turbo</c>), parameters camelCase (<c>thread_id</c> → <c>threadId</c>), the request
/// body parameter <c>request</c>. The wire keeps snake_case.
/// </summary>
/// <remarks>
/// Why code: nswag.json has no naming setting, and its command line cannot load a custom name generator (NSwag issues
/// #2459, #3039: "only via code"). Per-name <c>x-enumNames</c> / <c>x-originalName</c> in the document would have to be
/// repeated on every new enum and parameter.
/// </remarks>
internal static class PascalCaseNames
{
    public static void Apply(CSharpClientGeneratorSettings settings)
    {
        settings.CSharpGeneratorSettings.PropertyNameGenerator = new PropertyNames();
        settings.CSharpGeneratorSettings.EnumNameGenerator = new EnumNames();
        settings.ParameterNameGenerator = new ParameterNames();
    }

    /// <summary>Splits a wire name (<c>created_at</c>, <c>gpt-3.5-turbo</c>, <c>thread.run</c>) into words.</summary>
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

    /// <summary><c>created_at</c> becomes <c>CreatedAt</c>.</summary>
    internal sealed class PropertyNames : IPropertyNameGenerator
    {
        public string Generate(JsonSchemaProperty property) => ToPascalCase(property.Name);
    }

    /// <summary><c>in_progress</c> becomes <c>InProgress</c>, <c>gpt-3.5-turbo</c> becomes <c>Gpt35Turbo</c>.</summary>
    internal sealed class EnumNames : IEnumNameGenerator
    {
        public string Generate(int index, string? name, object? value, JsonSchema schema) =>
            ToPascalCase(name ?? value?.ToString() ?? "Value" + index);
    }

    /// <summary><c>thread_id</c> becomes <c>threadId</c>; the request body parameter is called <c>request</c>.</summary>
    internal sealed class ParameterNames : IParameterNameGenerator
    {
        public string Generate(OpenApiParameter parameter, IEnumerable<OpenApiParameter> allParameters)
        {
            if (parameter.Kind == OpenApiParameterKind.Body)
            {
                return "request";
            }

            var name = ToCamelCase(parameter.Name);
            return name is "object" or "string" or "event" or "base" ? "@" + name : name;
        }
    }
}
