namespace OpenAI.Assistants.Generated.ContractTests;

/// <summary>The kinds of call the resilience matrix puts through each fault.</summary>
public enum CallKind
{
    /// <summary>A read: <c>GetRunAsync</c> (idempotent).</summary>
    Read,

    /// <summary>A modify: <c>ModifyThreadAsync</c> (idempotent).</summary>
    Modify,

    /// <summary>A create: <c>CreateMessageAsync</c> (not idempotent: sending it twice creates two messages).</summary>
    Create,

    /// <summary>A delete: <c>DeleteAssistantAsync</c> (idempotent).</summary>
    Delete,

    /// <summary>A listing enumerated page by page: <c>GetMessagesAsync</c> (each page is an idempotent <c>ListMessages</c>).</summary>
    ListPage,

    /// <summary>The start of a stream: <c>CreateRunStreamingAsync</c> (not idempotent: it creates a run).</summary>
    StreamStart,

    /// <summary>Polling a run: <c>WaitForRunAsync</c> (idempotent <c>GetRun</c> requests).</summary>
    Polling,
}
