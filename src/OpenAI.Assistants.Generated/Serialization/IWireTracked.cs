namespace OpenAI.Assistants.Generated;

/// <summary>
/// A generated model that remembers which of its properties the JSON it was read from carried
/// (build/templates/Class.Inheritance.liquid and Class.Body.liquid add it to every model class).
/// </summary>
internal interface IWireTracked
{
    /// <summary>Set when the object is deserialized; null for an object built in code.</summary>
    WirePresence? WirePresence { get; set; }
}
