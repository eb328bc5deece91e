using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.Serialization;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace OpenAI.Assistants.Generated;

/// <summary>
/// Makes the generated models write what they read: a response model re-serializes to the JSON it came from,
/// explicit nulls included and absent fields still absent, while a model built in code writes only the properties
/// that were set.
/// </summary>
/// <remarks>
/// <para>
/// NSwag marks every property <c>NullValueHandling.Ignore</c>, which drops a response's <c>"description": null</c>
/// on the way back. Value-type properties (extensible enums such as <c>MessageStatus</c>, token counts, timestamps)
/// cannot be null at all, so a field the response did not carry came back as <c>"status": null</c> or <c>0</c>.
/// </para>
/// <para>
/// For the models (<see cref="IWireTracked"/>) this resolver wraps each property's value provider: while reading, it
/// records in the object's <see cref="WirePresence"/> which properties the JSON carried. An explicit null for a
/// non-nullable value type (read as <c>Nullable&lt;T&gt;</c> instead of failing), or for a required array or object
/// that the generated code initializes, leaves the property at that default, as before, and is remembered so that
/// it is written back as null. While writing, a property is written when
/// </para>
/// <list type="bullet">
/// <item>the object was read from JSON and the property was in it (its current value, null included), or</item>
/// <item>it holds a value: not null, not the default of a struct that has no meaningful default (an extensible enum,
/// a <see cref="DateTimeOffset"/>), and, for an object read from JSON, not what the generated initializers leave
/// (the type's default, an empty collection, an untouched nested model).</item>
/// </list>
/// <para>
/// So a request built in code writes the same as before (every non-null property; numbers and booleans always),
/// and an unset extensible enum is no longer written as null. Collections are always replaced while reading
/// (<see cref="ObjectCreationHandling.Replace"/>), so that reading one is seen. Contracts are cached: use
/// <see cref="Instance"/>.
/// </para>
/// </remarks>
internal sealed class WireFidelityContractResolver : DefaultContractResolver
{
    /// <summary>The shared instance (the contract cache lives in it).</summary>
    public static WireFidelityContractResolver Instance { get; } = new();

    private static readonly SerializationCallback StartTracking = (value, _) =>
    {
        var tracked = (IWireTracked)value;
        tracked.WirePresence ??= new WirePresence();
    };

    /// <inheritdoc />
    protected override JsonObjectContract CreateObjectContract(Type objectType)
    {
        var contract = base.CreateObjectContract(objectType);
        if (typeof(IWireTracked).IsAssignableFrom(objectType))
        {
            // Also marks an object read from `{}`, which sets no property, as read from JSON.
            contract.OnDeserializingCallbacks.Add(StartTracking);
        }

        return contract;
    }

    /// <inheritdoc />
    protected override IList<JsonProperty> CreateProperties(Type type, MemberSerialization memberSerialization)
    {
        var properties = base.CreateProperties(type, memberSerialization);
        if (!typeof(IWireTracked).IsAssignableFrom(type))
        {
            return properties;
        }

        var index = 0;
        foreach (var property in properties)
        {
            if (property.Ignored || property.ValueProvider is null || property.PropertyType is null)
            {
                continue;
            }

            var tracked = new TrackedProperty(this, property.ValueProvider, index++, property.PropertyType);
            property.ValueProvider = tracked;
            if (tracked.IsFloatingPoint)
            {
                // Read the number as it came (long or double), so that TrackedProperty sees an integer and can
                // write it back as one: JSON `1` stays `1`, not `1.0`.
                property.PropertyType = typeof(object);
            }
            else if (tracked.CannotHoldNull)
            {
                // Read a null instead of failing on it; TrackedProperty remembers it and keeps the default.
                property.PropertyType = typeof(Nullable<>).MakeGenericType(property.PropertyType);
            }

            property.NullValueHandling = NullValueHandling.Include;
            property.ObjectCreationHandling = ObjectCreationHandling.Replace;
            var existing = property.ShouldSerialize;
            property.ShouldSerialize = existing is null ? tracked.ShouldSerialize : value => existing(value) && tracked.ShouldSerialize(value);
        }

        return properties;
    }

    /// <summary>
    /// Whether a value is what the generated initializers leave (an empty list or dictionary, a model built in code
    /// whose properties all hold their defaults), so that keeping it stands for "not there" or "null".
    /// </summary>
    private bool IsUntouched(object? value)
    {
        switch (value)
        {
            case null:
                return true;
            case ICollection collection:
                return collection.Count == 0;
            case IWireTracked { WirePresence: not null }:
                return false;
            case IWireTracked model when ResolveContract(model.GetType()) is JsonObjectContract contract:
                if (contract.ExtensionDataGetter?.Invoke(model) is { } extra)
                {
                    foreach (var _ in extra)
                    {
                        return false;
                    }
                }

                foreach (var property in contract.Properties)
                {
                    if (property.ValueProvider is TrackedProperty tracked && !tracked.HoldsDefault(model))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return false;
        }
    }

    /// <summary>One property of a model: records what was read and decides what is written.</summary>
    private sealed class TrackedProperty : IValueProvider
    {
        // 2^53: every integer up to it is exact in a double.
        private const double MaxExactInteger = 9007199254740992d;

        private readonly WireFidelityContractResolver _resolver;
        private readonly IValueProvider _inner;
        private readonly int _index;
        private readonly object? _default;
        private readonly bool _defaultMeansUnset;
        private readonly Type _floatingType;

        public TrackedProperty(WireFidelityContractResolver resolver, IValueProvider inner, int index, Type type)
        {
            _resolver = resolver;
            _inner = inner;
            _index = index;
            CannotHoldNull = type.IsValueType && Nullable.GetUnderlyingType(type) is null;
            _default = CannotHoldNull ? Activator.CreateInstance(type) : null;

            // 0 and false are values a caller means; default(DateTimeOffset) or an empty extensible enum are not.
            _defaultMeansUnset = CannotHoldNull && !type.IsPrimitive && !type.IsEnum && type != typeof(decimal);
            _floatingType = Nullable.GetUnderlyingType(type) ?? type;
            IsFloatingPoint = _floatingType == typeof(double) || _floatingType == typeof(float);
        }

        /// <summary>A double or float property (nullable or not).</summary>
        public bool IsFloatingPoint { get; }

        /// <summary>A non-nullable value type.</summary>
        public bool CannotHoldNull { get; }

        public void SetValue(object target, object? value)
        {
            var tracked = (IWireTracked)target;
            var presence = tracked.WirePresence ??= new WirePresence();
            if (value is null && (CannotHoldNull || _inner.GetValue(target) is not null))
            {
                // A null the property cannot hold, or one that would replace the list or object a required property
                // starts with: lenient as before (the default stays), and remembered so that it is written back as null.
                presence.MarkNull(_index);
                return;
            }

            if (IsFloatingPoint && value is not null)
            {
                if (value is long or int or System.Numerics.BigInteger)
                {
                    presence.MarkInteger(_index);
                }

                value = ToFloatingPoint(value);
            }

            presence.MarkPresent(_index);
            _inner.SetValue(target, value);
        }

        private object ToFloatingPoint(object value)
        {
            try
            {
                return value switch
                {
                    System.Numerics.BigInteger big => _floatingType == typeof(float) ? (float)big : (double)big,
                    double or long or int or float or decimal => Convert.ChangeType(value, _floatingType, CultureInfo.InvariantCulture),
                    _ => throw new JsonSerializationException($"Expected a number for a {_floatingType.Name} but found {value.GetType().Name}."),
                };
            }
            catch (OverflowException e)
            {
                throw new JsonSerializationException($"The number {value} does not fit a {_floatingType.Name}.", e);
            }
        }

        public object? GetValue(object target)
        {
            var value = _inner.GetValue(target);
            if (((IWireTracked)target).WirePresence is { } presence
                && presence.IsNull(_index)
                && (CannotHoldNull ? Equals(value, _default) : _resolver.IsUntouched(value)))
            {
                // It came as null and still holds the default that null was read as.
                return null;
            }

            if (IsFloatingPoint
                && value is not null
                && ((IWireTracked)target).WirePresence is { } read
                && read.IsInteger(_index)
                && Convert.ToDouble(value, CultureInfo.InvariantCulture) is var number
                && number == Math.Floor(number)
                && Math.Abs(number) <= MaxExactInteger)
            {
                // It came as an integer and still holds a whole number: written back as an integer.
                return (long)number;
            }

            return value;
        }

        public bool ShouldSerialize(object target)
        {
            var presence = ((IWireTracked)target).WirePresence;
            if (presence is not null && presence.IsPresent(_index))
            {
                return true;
            }

            var value = _inner.GetValue(target);
            if (value is null)
            {
                return false;
            }

            if (presence is null)
            {
                // Built in code: as NullValueHandling.Ignore did, minus the defaults that mean nothing.
                return !(_defaultMeansUnset && Equals(value, _default));
            }

            // Read from JSON without this property: written only if it was given a value since.
            return !HoldsDefaultValue(value);
        }

        /// <summary>Whether <paramref name="target"/>'s value is what a new object starts with.</summary>
        public bool HoldsDefault(object target) => HoldsDefaultValue(_inner.GetValue(target));

        private bool HoldsDefaultValue(object? value) => value is null || Equals(value, _default) || _resolver.IsUntouched(value);
    }
}
