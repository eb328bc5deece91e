using System;
using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace OpenAI.Assistants.Generated.Tests.Streaming;

/// <summary>The stream event classes generated from the OpenAPI document, and their JSON form.</summary>
public class StreamEventModelTests
{
    [Test]
    public void EveryKnownEventName_HasItsOwnEventClass_ThatReportsTheName()
    {
        var names = AssistantStreamEventType.KnownValues.Select(v => v.Value).ToList();

        var classes = names.Select(name => StreamEventRegistry.Create(name, name == "done" ? "[DONE]" : "{}", Newtonsoft.Json.JsonSerializer.Create(AssistantsJson.CreateSettings()))).ToList();

        Assert.That(names, Has.Count.EqualTo(24));
        Assert.That(StreamEventRegistry.KnownNames, Is.EquivalentTo(names));
        Assert.That(classes.Select(c => c.GetType()).Distinct().Count(), Is.EqualTo(24));
        Assert.That(classes.Select(c => c.Event.Value), Is.EqualTo(names));
        Assert.That(classes, Has.All.Property(nameof(AssistantStreamEvent.IsKnown)).True);
    }

    [Test]
    public void EventFamilies_MatchOnePattern_ByPayloadType()
    {
        var runEvents = new AssistantStreamEvent[]
        {
            new RunCreatedEvent(), new RunQueuedEvent(), new RunInProgressEvent(), new RunRequiresActionEvent(), new RunCompletedEvent(),
            new RunFailedEvent(), new RunCancellingEvent(), new RunCancelledEvent(), new RunExpiredEvent(),
        };

        Assert.That(runEvents, Has.All.InstanceOf<IStreamEvent<ThreadRun>>());
        Assert.That(new RunStepCompletedEvent(), Is.InstanceOf<IStreamEvent<RunStep>>());
        Assert.That(new MessageIncompleteEvent(), Is.InstanceOf<IStreamEvent<ThreadMessage>>());
        Assert.That(new MessageDeltaEvent(), Is.Not.InstanceOf<IStreamEvent<ThreadMessage>>());
    }

    [Test]
    public void KnownEvent_RoundTripsThroughJson_WithItsName()
    {
        const string json = """{"event":"thread.run.completed","data":{"id":"run_1","object":"thread.run","status":"completed","tools":[],"file_ids":[],"metadata":{}}}""";

        var value = Json.Deserialize<AssistantStreamEvent>(json);

        Assert.That(value, Is.TypeOf<RunCompletedEvent>());
        Assert.That(value.Event, Is.EqualTo(AssistantStreamEventType.ThreadRunCompleted));
        Assert.That(((RunCompletedEvent)value).Data.Status, Is.EqualTo(RunStatus.Completed));
        var written = JObject.Parse(Json.Serialize(value));
        Assert.That(written["event"]!.Value<string>(), Is.EqualTo("thread.run.completed"));
        Assert.That(written["data"]!["id"]!.Value<string>(), Is.EqualTo("run_1"));
    }

    [Test]
    public void UnknownEvent_FromJson_KeepsNameAndData()
    {
        const string json = """{"event":"thread.run.step.reasoning","data":{"id":"step_1"}}""";

        var value = Json.Deserialize<AssistantStreamEvent>(json);

        Assert.That(value.GetType(), Is.EqualTo(typeof(AssistantStreamEvent)));
        Assert.That(value.Event.Value, Is.EqualTo("thread.run.step.reasoning"));
        Assert.That(value.IsKnown, Is.False);
        Assert.That(JToken.DeepEquals(JToken.Parse(Json.Serialize(value)), JToken.Parse(json)), Is.True);
    }

    [Test]
    public void MessageDelta_GetText_JoinsTheTextFragmentsOnly()
    {
        var delta = new MessageDelta
        {
            Id = "msg_1",
            Delta = new MessageDeltaBody
            {
                Content = new List<MessageDeltaContent>
                {
                    new MessageDeltaTextContent { Index = 0, Text = new MessageDeltaText { Value = "Hello" } },
                    new MessageDeltaImageFileContent { Index = 1, ImageFile = new MessageDeltaImageFile { FileId = "file_1" } },
                    new MessageDeltaTextContent { Index = 2, Text = new MessageDeltaText { Value = " there" } },
                },
            },
        };

        Assert.That(delta.GetText(), Is.EqualTo("Hello there"));
        Assert.That(new MessageDelta { Id = "msg_1" }.GetText(), Is.EqualTo(string.Empty));
    }
}
