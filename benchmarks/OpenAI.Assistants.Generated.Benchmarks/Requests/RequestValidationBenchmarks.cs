using BenchmarkDotNet.Attributes;
using Newtonsoft.Json;

namespace OpenAI.Assistants.Generated.Benchmarks;

/// <summary>
/// What the reflection walk of <c>RequestValidation.Validate</c> adds to building a request body. The generated
/// client serializes the body (<c>JsonConvert.SerializeObject(request, JsonSerializerSettings)</c>) and validates
/// it before every send; the baseline is the serialization alone.
/// </summary>
[MemoryDiagnoser]
public class RequestValidationBenchmarks
{
    private const int WarmupCalls = 5000;

    private JsonSerializerSettings _settings = null!;
    private object _request = null!;

    [Params(SampleRequests.CreateRun, SampleRequests.CreateThreadAndRun)]
    public string Body { get; set; } = SampleRequests.CreateRun;

    [GlobalSetup]
    public void Setup()
    {
        _settings = AssistantsJson.CreateSettings();
        _request = SampleRequests.Get(Body);

        // Fill the caches both paths keep (Newtonsoft's contracts, the validator's member lists), check that the
        // sample is valid so the measured calls never throw, and call enough times to get past JIT tiering, which a
        // short job's warmup alone does not on this machine.
        for (var i = 0; i < WarmupCalls; i++)
        {
            ValidateAndSerialize();
        }
    }

    [Benchmark(Baseline = true, Description = "Serialize")]
    public string Serialize() => JsonConvert.SerializeObject(_request, _settings);

    [Benchmark(Description = "Validate + Serialize")]
    public string ValidateAndSerialize()
    {
        RequestValidation.Validate(_request, "request");
        return JsonConvert.SerializeObject(_request, _settings);
    }

    [Benchmark(Description = "Validate")]
    public object Validate()
    {
        RequestValidation.Validate(_request, "request");
        return _request;
    }
}
