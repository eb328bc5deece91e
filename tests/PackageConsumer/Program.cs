using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Reflection;
using System.Threading.Tasks;
using Newtonsoft.Json;
using OpenAI.Assistants.Generated;

namespace PackageConsumer;

/// <summary>
/// Uses the packed package as an application would, without a network: constructs clients, reads and writes models
/// with Newtonsoft.Json, and compiles the package README's usage. Exit code 0 when every check holds.
/// </summary>
public static class Program
{
    public static int Main()
    {
        var failures = new List<string>();
        void Check(bool condition, string what)
        {
            if (!condition)
            {
                failures.Add(what);
            }
        }

        var assembly = typeof(AssistantsClient).Assembly;
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "";
        var expected = typeof(Program).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "AssistantsPackageVersion").Value;
        Check(version == expected || version.StartsWith(expected + "+", StringComparison.Ordinal), $"the package's version is {expected}, its assembly says {version}");

        using (var client = new AssistantsClient("sk-test"))
        {
            Check(client is IAssistantsClient, "AssistantsClient implements IAssistantsClient");
        }

        // A caller's HttpClient: System.Net.Http comes with the package on .NET Framework too.
        using (var http = new HttpClient())
        using (var client = new AssistantsClient(http, new AssistantsClientOptions { ApiKey = "sk-test", MaxRetries = 0 }))
        {
            Check(client is not null, "AssistantsClient over a caller's HttpClient");
        }

        var run = JsonConvert.DeserializeObject<ThreadRun>(
            "{\"id\":\"run_1\",\"object\":\"thread.run\",\"thread_id\":\"thread_1\",\"status\":\"in_progress\",\"created_at\":1700000000,\"new_field\":1}")!;
        Check(run.Id == "run_1" && run.ThreadId == "thread_1", "ThreadRun reads id and thread_id");
        Check(run.Status == RunStatus.InProgress && !run.Status.IsTerminal, "RunStatus in_progress");
        var future = JsonConvert.DeserializeObject<ThreadRun>("{\"id\":\"run_2\",\"status\":\"paused_for_later\"}")!;
        Check(!future.Status.IsKnown && JsonConvert.SerializeObject(future).Contains("\"paused_for_later\""), "an unknown status round-trips");

        var request = JsonConvert.SerializeObject(new CreateRunRequest { AssistantId = "asst_1", Instructions = "Be brief." });
        Check(request.Contains("\"assistant_id\":\"asst_1\"") && !request.Contains("temperature"), $"CreateRunRequest is written as the API reads it: {request}");

        Console.WriteLine($"OpenAI.Assistants.Generated {version} on {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}: run {run.Id} is {run.Status}; {request}");
        foreach (var failure in failures)
        {
            Console.Error.WriteLine("FAILED: " + failure);
        }

        return failures.Count == 0 ? 0 : 1;
    }

    /// <summary>The usage of the package README (src/OpenAI.Assistants.Generated/PACKAGE.md), compiled, never run here.</summary>
    public static async Task ReadmeUsageAsync()
    {
        using var client = new AssistantsClient(Environment.GetEnvironmentVariable("OPENAI_API_KEY")!);

        var assistant = await client.CreateAssistantAsync(new CreateAssistantRequest { Model = AssistantModel.Gpt4Turbo, Instructions = "Answer briefly." });
        var thread = await client.CreateThreadAsync();
        await client.CreateMessageAsync(thread.Id, new CreateMessageRequest { Role = MessageRole.User, Content = "What is 3^7?" });
        var run = await client.CreateRunAndPollAsync(thread.Id, new CreateRunRequest { AssistantId = assistant.Id });

        await foreach (var message in client.GetMessagesAsync(thread.Id, new MessageListOptions { Order = ListOrder.Asc }))
            foreach (var text in message.Content.OfType<MessageTextContent>())
                Console.WriteLine($"{message.Role}: {text.Text.Value}");

        Console.WriteLine(run.Status);
    }
}
