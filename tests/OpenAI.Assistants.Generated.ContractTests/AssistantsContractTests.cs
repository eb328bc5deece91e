using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace OpenAI.Assistants.Generated.ContractTests;

[TestFixture]
public sealed class AssistantsContractTests : ContractTestBase
{
    internal static FunctionTool WeatherTool() => new()
    {
        Function = new FunctionDefinition
        {
            Name = "get_weather",
            Description = "Gets the current weather for a city.",
            Parameters = JObject.Parse("""
                {"type":"object","properties":{"city":{"type":"string","description":"City name, for example Paris."},
                 "unit":{"type":"string","enum":["celsius","fahrenheit"]}},"required":["city"]}
                """),
        },
    };

    [Test]
    public async Task ListAssistants_SendsPagingQuery_ReturnsPageWithPolymorphicTools()
    {
        Given("Assistants/ListAssistants.json");

        var page = await Call(() => Client.ListAssistantsAsync(limit: 2, order: ListOrder.Desc, after: "asst_prev000", before: "asst_next999"));

        Assert.Multiple(() =>
        {
            Assert.That(page.Object, Is.EqualTo("list"));
            Assert.That(page.Data.Select(a => a.Id), Is.EqualTo(new[] { "asst_abc123", "asst_def456" }));
            Assert.That(page.FirstId, Is.EqualTo("asst_abc123"));
            Assert.That(page.LastId, Is.EqualTo("asst_def456"));
            Assert.That(page.HasMore, Is.True);
            Assert.That(page.Data[0].Tools.Select(t => t.GetType()), Is.EqualTo(new[] { typeof(CodeInterpreterTool), typeof(RetrievalTool), typeof(FunctionTool) }));
            Assert.That(page.Data[1].Model, Is.EqualTo("gpt-4-turbo-preview"));
            Assert.That(page.Data[1].FileIds, Is.Empty);
            Assert.That(page.Data[1].Metadata, Is.Empty);
        });
        AssertSingleRequest("GET", "/v1/assistants");
    }

    [Test]
    public async Task CreateAssistant_SendsFullDefinition_ReturnsAssistant()
    {
        Given("Assistants/CreateAssistant.json");

        var assistant = await Call(() => Client.CreateAssistantAsync(new CreateAssistantRequest
        {
            Model = AssistantModel.Gpt4Turbo,
            Name = "Weather and data helper",
            Description = "Answers weather questions and analyses uploaded data files.",
            Instructions = "You are a helpful assistant. Use the get_weather function for weather questions.",
            Tools = new List<AssistantTool> { new CodeInterpreterTool(), new RetrievalTool(), WeatherTool() },
            FileIds = new List<string> { "file-abc123", "file-def456" },
            Metadata = new Dictionary<string, string> { ["team"] = "forecasting", ["owner"] = "alice@example.com" },
        }));

        AssertIsWeatherAssistant(assistant);
        AssertSingleRequest("POST", "/v1/assistants");
    }

    [Test]
    public async Task GetAssistant_ById_ReturnsAssistantWithToolsFilesAndMetadata()
    {
        Given("Assistants/GetAssistant.json");

        var assistant = await Call(() => Client.GetAssistantAsync("asst_abc123"));

        AssertIsWeatherAssistant(assistant);
        AssertSingleRequest("GET", "/v1/assistants/asst_abc123");
    }

    [Test]
    public async Task ModifyAssistant_SendsOnlyChangedFields_ReturnsUpdatedAssistant()
    {
        Given("Assistants/ModifyAssistant.json");

        var assistant = await Call(() => Client.ModifyAssistantAsync("asst_abc123", new ModifyAssistantRequest
        {
            Model = AssistantModel.Gpt4Turbo,
            Name = "Weather helper v2",
            Instructions = "Answer in one sentence.",
            Metadata = new Dictionary<string, string> { ["team"] = "forecasting", ["version"] = "2" },
        }));

        Assert.Multiple(() =>
        {
            Assert.That(assistant.Id, Is.EqualTo("asst_abc123"));
            Assert.That(assistant.Name, Is.EqualTo("Weather helper v2"));
            Assert.That(assistant.Instructions, Is.EqualTo("Answer in one sentence."));
            Assert.That(assistant.Metadata, Is.EquivalentTo(new Dictionary<string, string> { ["team"] = "forecasting", ["version"] = "2" }));
            Assert.That(assistant.Model, Is.EqualTo("gpt-4-turbo"));
        });
        AssertSingleRequest("POST", "/v1/assistants/asst_abc123");
    }

    [Test]
    public async Task ModifyAssistant_WithoutModel_OmitsModelFromBody()
    {
        Given("Assistants/ModifyAssistantNameOnly.json");

        var assistant = await Call(() => Client.ModifyAssistantAsync("asst_abc123", new ModifyAssistantRequest { Name = "Weather helper v2" }));

        Assert.That(assistant.Name, Is.EqualTo("Weather helper v2"));
        AssertSingleRequest("POST", "/v1/assistants/asst_abc123");
    }

    [Test]
    public async Task DeleteAssistant_ById_ReturnsDeletionStatus()
    {
        Given("Assistants/DeleteAssistant.json");

        var deleted = await Call(() => Client.DeleteAssistantAsync("asst_abc123"));

        Assert.Multiple(() =>
        {
            Assert.That(deleted.Id, Is.EqualTo("asst_abc123"));
            Assert.That(deleted.Object, Is.EqualTo("assistant.deleted"));
            Assert.That(deleted.Deleted, Is.True);
        });
        AssertSingleRequest("DELETE", "/v1/assistants/asst_abc123");
    }

    private static void AssertIsWeatherAssistant(Assistant assistant)
    {
        Assert.Multiple(() =>
        {
            Assert.That(assistant.Id, Is.EqualTo("asst_abc123"));
            Assert.That(assistant.Object, Is.EqualTo("assistant"));
            Assert.That(assistant.CreatedAt, Is.EqualTo(DateTimeOffset.FromUnixTimeSeconds(1713175200)));
            Assert.That(assistant.Name, Is.EqualTo("Weather and data helper"));
            Assert.That(assistant.Description, Is.EqualTo("Answers weather questions and analyses uploaded data files."));
            Assert.That(assistant.Model, Is.EqualTo("gpt-4-turbo"));
            Assert.That(assistant.Instructions, Does.StartWith("You are a helpful assistant."));
            Assert.That(assistant.Tools, Has.Count.EqualTo(3));
            Assert.That(assistant.Tools[0], Is.InstanceOf<CodeInterpreterTool>());
            Assert.That(assistant.Tools[1], Is.InstanceOf<RetrievalTool>());
            var function = (FunctionTool)assistant.Tools[2];
            Assert.That(function.Function.Name, Is.EqualTo("get_weather"));
            Assert.That(function.Function.Description, Is.EqualTo("Gets the current weather for a city."));
            var parameters = JToken.FromObject(function.Function.Parameters!);
            Assert.That((string?)parameters.SelectToken("properties.city.type"), Is.EqualTo("string"));
            Assert.That(parameters["required"]!.Values<string>(), Is.EqualTo(new[] { "city" }));
            Assert.That(assistant.FileIds, Is.EqualTo(new[] { "file-abc123", "file-def456" }));
            Assert.That(assistant.Metadata, Is.EquivalentTo(new Dictionary<string, string> { ["team"] = "forecasting", ["owner"] = "alice@example.com" }));
        });
    }
}
