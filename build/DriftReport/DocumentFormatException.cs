using System;

namespace OpenAI.Assistants.DriftReport;

/// <summary>A document that cannot be read: not YAML, or not shaped like an OpenAPI document. Exit code 2.</summary>
internal sealed class DocumentFormatException : Exception
{
    public DocumentFormatException(string message)
        : base(message)
    {
    }

    public DocumentFormatException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
