using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Newtonsoft.Json;

namespace OpenAI.Assistants.Generated;

/// <summary>
/// Checks a request body before it is sent: every <see cref="WireRequiredAttribute"/> property, at any depth, must
/// be set. Called by the generated client (build/templates/Client.Class.BeforeSend.liquid).
/// </summary>
internal static class RequestValidation
{
    private static readonly Assembly ModelAssembly = typeof(RequestValidation).GetTypeInfo().Assembly;
    private static readonly ConcurrentDictionary<Type, Member[]> Members = new();

    /// <summary>
    /// Throws when a required field of <paramref name="body"/> (or of an object inside it) is missing, or when it
    /// asks the JSON method for an event stream.
    /// </summary>
    /// <param name="body">The request body; null is allowed (optional bodies are checked by the caller).</param>
    /// <param name="parameterName">The client method's parameter, named in the exception.</param>
    /// <exception cref="ArgumentException">A required field is null or an unset enum, or the body asks for a stream (<c>Stream = true</c>), which the JSON methods cannot read.</exception>
    public static void Validate(object? body, string parameterName)
    {
        RefuseStreaming(body, parameterName);
        ValidateFields(body, parameterName);
    }

    /// <summary>Throws when a required field of <paramref name="body"/> (or of an object inside it) is missing.</summary>
    /// <param name="body">The request body; null is allowed.</param>
    /// <param name="parameterName">The client method's parameter, named in the exception.</param>
    /// <exception cref="ArgumentException">A required field is null or an unset enum.</exception>
    public static void ValidateFields(object? body, string parameterName)
    {
        if (body is not null)
        {
            Visit(body, parameterName, parameterName, depth: 0);
        }
    }

    /// <summary>The JSON methods read one JSON object; a request for an event stream would fail after it was sent.</summary>
    private static void RefuseStreaming(object? body, string parameterName)
    {
        var streamingMethod = body switch
        {
            CreateRunRequest { Stream: true } => nameof(AssistantsClient.CreateRunStreamingAsync),
            CreateThreadAndRunRequest { Stream: true } => nameof(AssistantsClient.CreateThreadAndRunStreamingAsync),
            SubmitToolOutputsRequest { Stream: true } => nameof(AssistantsClient.SubmitToolOutputsStreamingAsync),
            _ => null,
        };

        if (streamingMethod is not null)
        {
            throw new ArgumentException(
                $"{parameterName}.Stream is true, but this method returns one JSON object and cannot read an event stream. Call {streamingMethod} to stream, or leave Stream unset.",
                parameterName);
        }
    }

    private static void Visit(object value, string path, string parameterName, int depth)
    {
        if (depth > 32)
        {
            return; // the models are trees; this only guards against a caller-made cycle
        }

        if (value is IEnumerable items and not string and not IDictionary)
        {
            var index = 0;
            foreach (var item in items)
            {
                if (item is not null && IsModel(item.GetType()))
                {
                    Visit(item, $"{path}[{index}]", parameterName, depth + 1);
                }

                index++;
            }

            return;
        }

        foreach (var member in Members.GetOrAdd(value.GetType(), Describe))
        {
            var child = member.Property.GetValue(value);
            if (member.Required && IsMissing(child, member.Property.PropertyType))
            {
                throw new ArgumentException(
                    $"{path}.{member.Property.Name} is required (JSON '{member.WireName}') but was not set.", parameterName);
            }

            if (child is not null && member.Descend)
            {
                Visit(child, $"{path}.{member.Property.Name}", parameterName, depth + 1);
            }
        }
    }

    private static bool IsMissing(object? value, Type declared) =>
        value is null
        || (declared.GetTypeInfo().IsValueType && IsModel(declared) && value.Equals(Activator.CreateInstance(declared)));

    private static bool IsModel(Type type) => type.GetTypeInfo().Assembly == ModelAssembly;

    private static Member[] Describe(Type type) =>
        type.GetRuntimeProperties()
            .Where(p => p.GetMethod is { IsPublic: true, IsStatic: false } && p.GetIndexParameters().Length == 0)
            .Select(p => new Member(
                p,
                p.GetCustomAttribute<JsonPropertyAttribute>()?.PropertyName ?? p.Name,
                p.GetCustomAttribute<WireRequiredAttribute>() is not null,
                IsModelOrModelList(p.PropertyType)))
            .ToArray();

    private static bool IsModelOrModelList(Type type)
    {
        var info = type.GetTypeInfo();
        if (IsModel(type) && !info.IsValueType)
        {
            return true;
        }

        return info.IsGenericType
            && typeof(IEnumerable).GetTypeInfo().IsAssignableFrom(info)
            && !typeof(IDictionary).GetTypeInfo().IsAssignableFrom(info)
            && info.GenericTypeArguments.Length == 1
            && IsModel(info.GenericTypeArguments[0]);
    }

    private sealed class Member
    {
        public Member(PropertyInfo property, string wireName, bool required, bool descend)
        {
            Property = property;
            WireName = wireName;
            Required = required;
            Descend = descend;
        }

        public PropertyInfo Property { get; }

        public string WireName { get; }

        public bool Required { get; }

        public bool Descend { get; }
    }
}
