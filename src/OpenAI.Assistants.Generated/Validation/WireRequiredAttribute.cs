using System;

namespace OpenAI.Assistants.Generated;

/// <summary>
/// Marks a generated property the API requires and does not accept as null (emitted by
/// build/templates/Class.Property.Annotations.liquid). Read by <see cref="RequestValidation"/> only.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true, AllowMultiple = false)]
internal sealed class WireRequiredAttribute : Attribute
{
}
