using System;
using System.Collections.Generic;
using System.Linq;
using NUnit.Framework;

namespace OpenAI.Assistants.Generated.Tests.Streaming;

/// <summary>How the accumulator folds events into the run, the messages and their text.</summary>
public class AssistantStreamAccumulatorTests
{
    private static MessageDeltaEvent Text(string messageId, int index, string value, params TextAnnotationDelta[] annotations) => new()
    {
        Data = new MessageDelta
        {
            Id = messageId,
            Object = "thread.message.delta",
            Delta = new MessageDeltaBody
            {
                Content = new List<MessageDeltaContent>
                {
                    new MessageDeltaTextContent { Index = index, Text = new MessageDeltaText { Value = value, Annotations = annotations.ToList() } },
                },
            },
        },
    };

    private static ThreadMessage Message(string id, MessageStatus status, string? text = null) => new()
    {
        Id = id,
        Status = status,
        Role = MessageRole.Assistant,
        Content = text is null ? new List<MessageContent>() : new List<MessageContent> { new MessageTextContent { Text = new MessageText { Value = text } } },
    };

    [Test]
    public void Deltas_AppendToTheirContentPart_InOrder()
    {
        var acc = new AssistantStreamAccumulator();
        acc.Add(new MessageCreatedEvent { Data = Message("msg_1", MessageStatus.InProgress) });
        acc.Add(Text("msg_1", 0, "Hel"));
        acc.Add(Text("msg_1", 0, "lo"));
        acc.Add(Text("msg_1", 1, "Second part."));

        var message = acc.Messages.Single();
        Assert.That(message.Content.Cast<MessageTextContent>().Select(c => c.Text.Value), Is.EqualTo(new[] { "Hello", "Second part." }));
        Assert.That(acc.Text, Is.EqualTo("HelloSecond part."));
    }

    [Test]
    public void DeltaForAMessageNotSeenYet_StartsIt()
    {
        var acc = new AssistantStreamAccumulator();

        acc.Add(Text("msg_9", 0, "Hi"));

        Assert.That(acc.Messages.Single().Id, Is.EqualTo("msg_9"));
        Assert.That(acc.Messages.Single().Role, Is.EqualTo(MessageRole.Assistant));
        Assert.That(acc.Text, Is.EqualTo("Hi"));
    }

    [Test]
    public void CompletedMessage_ReplacesTheAssembledCopy_ButAnEmptySnapshotDoesNotEraseText()
    {
        var acc = new AssistantStreamAccumulator();
        acc.Add(Text("msg_1", 0, "Draft"));
        acc.Add(new MessageInProgressEvent { Data = Message("msg_1", MessageStatus.InProgress) });
        Assert.That(acc.Text, Is.EqualTo("Draft"));

        acc.Add(new MessageCompletedEvent { Data = Message("msg_1", MessageStatus.Completed, "Final text") });

        Assert.That(acc.Messages.Single().Status, Is.EqualTo(MessageStatus.Completed));
        Assert.That(acc.Text, Is.EqualTo("Final text"));
    }

    [Test]
    public void Annotations_AndImages_InDeltas_BecomeContent()
    {
        var acc = new AssistantStreamAccumulator();
        acc.Add(Text("msg_1", 0, "See [1]", new FileCitationAnnotationDelta
        {
            Index = 0, Text = "[1]", StartIndex = 4, EndIndex = 7, FileCitation = new FileCitationDelta { FileId = "file_a", Quote = "q" },
        }));
        acc.Add(new MessageDeltaEvent
        {
            Data = new MessageDelta
            {
                Id = "msg_1",
                Delta = new MessageDeltaBody { Content = new List<MessageDeltaContent> { new MessageDeltaImageFileContent { Index = 1, ImageFile = new MessageDeltaImageFile { FileId = "file_img" } } } },
            },
        });

        var content = acc.Messages.Single().Content;
        var citation = (FileCitationAnnotation)((MessageTextContent)content[0]).Text.Annotations.Single();
        Assert.That((citation.Text, citation.StartIndex, citation.EndIndex, citation.FileCitation.FileId), Is.EqualTo(("[1]", 4, 7, "file_a")));
        Assert.That(((MessageImageFileContent)content[1]).ImageFile.FileId, Is.EqualTo("file_img"));
    }

    [Test]
    public void RunEvents_KeepTheLatestRun_StepsByIdErrorsDoneAndUnknowns()
    {
        var acc = new AssistantStreamAccumulator();
        acc.Add(new RunQueuedEvent { Data = new ThreadRun { Id = "run_1", Status = RunStatus.Queued } });
        acc.Add(new RunStepCreatedEvent { Data = new RunStep { Id = "step_1", Status = RunStepStatus.InProgress } });
        acc.Add(new RunStepCompletedEvent { Data = new RunStep { Id = "step_1", Status = RunStepStatus.Completed } });
        acc.Add(new RunFailedEvent { Data = new ThreadRun { Id = "run_1", Status = RunStatus.Failed } });
        var unknown = new AssistantStreamEvent();
        unknown.AdditionalProperties["event"] = "thread.run.step.reasoning";
        acc.Add(unknown);
        acc.Add(new ErrorEvent { Data = new ApiError { Message = "boom" } });
        acc.Add(new DoneEvent { Data = "[DONE]" });

        Assert.Multiple(() =>
        {
            Assert.That(acc.Run!.Status, Is.EqualTo(RunStatus.Failed));
            Assert.That(acc.RunSteps.Single().Status, Is.EqualTo(RunStepStatus.Completed));
            Assert.That(acc.UnknownEvents.Single().Event.Value, Is.EqualTo("thread.run.step.reasoning"));
            Assert.That(acc.Error!.Message, Is.EqualTo("boom"));
            Assert.That(acc.IsDone, Is.True);
            Assert.That(acc.EventCount, Is.EqualTo(7));
        });
    }

    [Test]
    public void NullArguments_Throw()
    {
        Assert.That(() => new AssistantStreamAccumulator().Add(null!), Throws.ArgumentNullException);
        Assert.That(() => AssistantStreamAccumulator.GetText(null!), Throws.ArgumentNullException);
        Assert.That(() => ((IAsyncEnumerable<AssistantStreamEvent>)null!).CollectAsync(), Throws.ArgumentNullException);
    }
}
