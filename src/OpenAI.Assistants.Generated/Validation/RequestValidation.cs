using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text;
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
        if (body is null)
        {
            return;
        }

        try
        {
            Visit(body, depth: 0);
        }
        catch (MissingField missing)
        {
            // The path is only built when something is missing: the walk itself allocates no strings.
            var path = new StringBuilder(parameterName);
            for (var i = missing.Segments.Count - 1; i >= 0; i--)
            {
                path.Append(missing.Segments[i]);
            }

            throw new ArgumentException(
                $"{path}.{missing.Member.Property.Name} is required (JSON '{missing.Member.WireName}') but was not set.", parameterName);
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

    private static void Visit(object value, int depth)
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
                    try
                    {
                        Visit(item, depth + 1);
                    }
                    catch (MissingField missing)
                    {
                        missing.Segments.Add($"[{index}]");
                        throw;
                    }
                }

                index++;
            }

            return;
        }

        foreach (var member in Members.GetOrAdd(value.GetType(), Describe))
        {
            var child = member.Property.GetValue(value);
            if (member.Required && IsMissing(child, member))
            {
                throw new MissingField(member);
            }

            if (child is not null && member.Descend)
            {
                try
                {
                    Visit(child, depth + 1);
                }
                catch (MissingField missing)
                {
                    missing.Segments.Add("." + member.Property.Name);
                    throw;
                }
            }
        }
    }

    private static bool IsMissing(object? value, Member member) =>
        value is null || (member.MissingValue is { } unset && value.Equals(unset));

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
            var declared = property.PropertyType;
            MissingValue = required && declared.GetTypeInfo().IsValueType && IsModel(declared) ? Activator.CreateInstance(declared) : null;
        }

        public PropertyInfo Property { get; }

        public string WireName { get; }

        public bool Required { get; }

        public bool Descend { get; }

        /// <summary>For a required struct of the models (an extensible enum): its default, which means "not set".</summary>
        public object? MissingValue { get; }
    }

    /// <summary>Carries a missing field up the walk, which adds the path segments on the way (only on failure).</summary>
#pragma warning disable CA1064, CA1032 // private control flow, never seen outside this class
    private sealed class MissingField : Exception
#pragma warning restore CA1064, CA1032
    {
        public MissingField(Member member)
        {
            Member = member;
        }

        public Member Member { get; }

        public List<string> Segments { get; } = new();
    }
}
