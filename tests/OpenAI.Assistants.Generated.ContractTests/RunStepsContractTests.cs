using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;

namespace OpenAI.Assistants.Generated.ContractTests;

[TestFixture]
public sealed class RunStepsContractTests : ContractTestBase
{
    [Test]
    public async Task ListRunSteps_SendsPagingQuery_ReturnsToolCallMessageCreationAndFailedSteps()
    {
        Given("RunSteps/ListRunSteps.json");

        var page = await Call(() => Client.ListRunStepsAsync("thread_abc123", "run_abc123", limit: 3, order: ListOrder.Asc, after: "step_000", before: "step_999"));

        Assert.Multiple(() =>
        {
            Assert.That(page.Object, Is.EqualTo("list"));
            Assert.That(page.Data.Select(s => s.Id), Is.EqualTo(new[] { "step_abc123", "step_def456", "step_fail789" }));
            Assert.That(page.FirstId, Is.EqualTo("step_abc123"));
            Assert.That(page.LastId, Is.EqualTo("step_fail789"));
            Assert.That(page.HasMore, Is.True);

            var creation = page.Data[1];
            Assert.That(creation.Type, Is.EqualTo(RunStepType.MessageCreation));
            Assert.That(((MessageCreationStepDetails)creation.StepDetails).MessageCreation.MessageId, Is.EqualTo("msg_abc123"));
            Assert.That(creation.Usage!.TotalTokens, Is.EqualTo(736));

            var failed = page.Data[2];
            Assert.That(failed.Status, Is.EqualTo(RunStepStatus.Failed));
            Assert.That(failed.FailedAt, Is.EqualTo(DateTimeOffset.FromUnixTimeSeconds(1713175730)));
            Assert.That(failed.LastError!.Code, Is.EqualTo(RunStepLastErrorCode.ServerError));
            Assert.That(failed.LastError.Message, Is.EqualTo("The server had an error while processing the step."));
            Assert.That(failed.Usage, Is.Null);
        });
        AssertIsToolCallsStep(page.Data[0]);
        AssertSingleRequest("GET", "/v1/threads/thread_abc123/runs/run_abc123/steps");
    }

    [Test]
    public async Task GetRunStep_ByIds_ReturnsCodeInterpreterRetrievalAndFunctionToolCalls()
    {
        Given("RunSteps/GetRunStep.json");

        var step = await Call(() => Client.GetRunStepAsync("thread_abc123", "run_abc123", "step_abc123"));

        AssertIsToolCallsStep(step);
        AssertSingleRequest("GET", "/v1/threads/thread_abc123/runs/run_abc123/steps/step_abc123");
    }

    private static void AssertIsToolCallsStep(RunStep step)
    {
        Assert.Multiple(() =>
        {
            Assert.That(step.Id, Is.EqualTo("step_abc123"));
            Assert.That(step.Object, Is.EqualTo("thread.run.step"));
            Assert.That(step.CreatedAt, Is.EqualTo(DateTimeOffset.FromUnixTimeSeconds(1713175700)));
            Assert.That(step.AssistantId, Is.EqualTo("asst_abc123"));
            Assert.That(step.ThreadId, Is.EqualTo("thread_abc123"));
            Assert.That(step.RunId, Is.EqualTo("run_abc123"));
            Assert.That(step.Type, Is.EqualTo(RunStepType.ToolCalls));
            Assert.That(step.Status, Is.EqualTo(RunStepStatus.Completed));
            Assert.That(step.LastError, Is.Null);
            Assert.That(step.ExpiredAt, Is.Null);
            Assert.That(step.CompletedAt, Is.EqualTo(DateTimeOffset.FromUnixTimeSeconds(1713175710)));
            Assert.That(step.Metadata, Is.EquivalentTo(new Dictionary<string, string> { ["stage"] = "analysis" }));
            Assert.That(step.Usage!.PromptTokens, Is.EqualTo(512));
            Assert.That(step.Usage.CompletionTokens, Is.EqualTo(128));
            Assert.That(step.Usage.TotalTokens, Is.EqualTo(640));

            var calls = ((ToolCallsStepDetails)step.StepDetails).ToolCalls;
            Assert.That(calls, Has.Count.EqualTo(3));

            var code = (CodeInterpreterToolCall)calls[0];
            Assert.That(code.Id, Is.EqualTo("call_code1"));
            Assert.That(code.CodeInterpreter.Input, Does.Contain("plt.savefig('chart.png')"));
            Assert.That(code.CodeInterpreter.Outputs, Has.Count.EqualTo(2));
            Assert.That(((CodeInterpreterLogsOutput)code.CodeInterpreter.Outputs[0]).Logs, Is.EqualTo("saved\n"));
            Assert.That(((CodeInterpreterImageOutput)code.CodeInterpreter.Outputs[1]).Image.FileId, Is.EqualTo("file-chart789"));

            var retrieval = (RetrievalToolCall)calls[1];
            Assert.That(retrieval.Id, Is.EqualTo("call_retr2"));

            var function = (FunctionToolCall)calls[2];
            Assert.That(function.Id, Is.EqualTo("call_func3"));
            Assert.That(function.Function.Name, Is.EqualTo("get_weather"));
            Assert.That(function.Function.Arguments, Is.EqualTo("{\"city\":\"Paris\"}"));
            Assert.That(function.Function.Output, Is.EqualTo("{\"temperature\":18,\"unit\":\"celsius\"}"));
        });
    }
}
