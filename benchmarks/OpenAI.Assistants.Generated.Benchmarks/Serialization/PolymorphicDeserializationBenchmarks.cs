using System;
using BenchmarkDotNet.Attributes;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace OpenAI.Assistants.Generated.Benchmarks;

/// <summary>
/// Reading a list page whose items hold discriminated objects (message content and annotations; step details,
/// tool calls and code interpreter outputs) into the typed models, where the lossless
/// <c>JsonInheritanceConverter</c> buffers each polymorphic object, against parsing the same JSON into a
/// <see cref="JObject"/>.
/// </summary>
[MemoryDiagnoser]
public class PolymorphicDeserializationBenchmarks
{
    private const int WarmupCalls = 5000;

    private JsonSerializerSettings _settings = null!;
    private string _json = null!;
    private Type _model = null!;

    /// <summary>A list page of the contract tests (<c>Fixtures/*.json</c>), without its extension.</summary>
    [Params("list_messages", "list_run_steps")]
    public string Fixture { get; set; } = "list_messages";

    [GlobalSetup]
    public void Setup()
    {
        _settings = AssistantsJson.CreateSettings();
        _json = EmbeddedFixture.Text(Fixture + ".json");
        _model = Fixture switch
        {
            "list_messages" => typeof(ListMessagesResponse),
            "list_run_steps" => typeof(ListRunStepsResponse),
            _ => throw new InvalidOperationException($"No model for fixture '{Fixture}'."),
        };

        // Past JIT tiering before BenchmarkDotNet's own (short) warmup.
        for (var i = 0; i < WarmupCalls; i++)
        {
            Untyped();
            Typed();
        }
    }

    [Benchmark(Baseline = true, Description = "JObject")]
    public JObject Untyped() => JsonConvert.DeserializeObject<JObject>(_json, _settings)!;

    [Benchmark(Description = "Typed models (JsonInheritanceConverter)")]
    public object Typed() => JsonConvert.DeserializeObject(_json, _model, _settings)!;
}
