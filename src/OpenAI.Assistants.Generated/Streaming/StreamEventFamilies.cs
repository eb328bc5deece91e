namespace OpenAI.Assistants.Generated;

// CUSTOM: the generated event classes each have a typed Data; these declarations group them by payload type
// (IStreamEvent<T>) so that one pattern matches a whole family. The Data properties implement the interface.

public partial class ThreadCreatedEvent : IStreamEvent<AssistantThread> { }

public partial class RunCreatedEvent : IStreamEvent<ThreadRun> { }

public partial class RunQueuedEvent : IStreamEvent<ThreadRun> { }

public partial class RunInProgressEvent : IStreamEvent<ThreadRun> { }

public partial class RunRequiresActionEvent : IStreamEvent<ThreadRun> { }

public partial class RunCompletedEvent : IStreamEvent<ThreadRun> { }

public partial class RunFailedEvent : IStreamEvent<ThreadRun> { }

public partial class RunCancellingEvent : IStreamEvent<ThreadRun> { }

public partial class RunCancelledEvent : IStreamEvent<ThreadRun> { }

public partial class RunExpiredEvent : IStreamEvent<ThreadRun> { }

public partial class RunStepCreatedEvent : IStreamEvent<RunStep> { }

public partial class RunStepInProgressEvent : IStreamEvent<RunStep> { }

public partial class RunStepDeltaEvent : IStreamEvent<RunStepDelta> { }

public partial class RunStepCompletedEvent : IStreamEvent<RunStep> { }

public partial class RunStepFailedEvent : IStreamEvent<RunStep> { }

public partial class RunStepCancelledEvent : IStreamEvent<RunStep> { }

public partial class RunStepExpiredEvent : IStreamEvent<RunStep> { }

public partial class MessageCreatedEvent : IStreamEvent<ThreadMessage> { }

public partial class MessageInProgressEvent : IStreamEvent<ThreadMessage> { }

public partial class MessageDeltaEvent : IStreamEvent<MessageDelta> { }

public partial class MessageCompletedEvent : IStreamEvent<ThreadMessage> { }

public partial class MessageIncompleteEvent : IStreamEvent<ThreadMessage> { }

public partial class ErrorEvent : IStreamEvent<ApiError> { }

public partial class DoneEvent : IStreamEvent<string> { }
