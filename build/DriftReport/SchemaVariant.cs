namespace OpenAI.Assistants.DriftReport;

/// <summary>
/// One alternative of a polymorphic schema. <c>Key</c> is how both documents name it whatever their schema names:
/// <c>&lt;function&gt;</c> (the single value of its discriminator property), else <c>&lt;object&gt;</c>,
/// <c>&lt;enum&gt;</c> or its JSON type (<c>&lt;string&gt;</c>).
/// </summary>
internal sealed record SchemaVariant(string Key, SchemaShape Shape);
