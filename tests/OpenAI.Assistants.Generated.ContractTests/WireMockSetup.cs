using System;
using System.IO;
using System.Threading.Tasks;
using NUnit.Framework;

namespace OpenAI.Assistants.Generated.ContractTests;

/// <summary>Starts one WireMock server for the whole test run and stops it at the end, also when tests fail.</summary>
[SetUpFixture]
public sealed class WireMockSetup
{
    private static WireMockServer? _server;

    /// <summary>The server of this test run.</summary>
    public static WireMockServer Server => _server ?? throw new InvalidOperationException("WireMock is not running (the [SetUpFixture] did not start it).");

    [OneTimeSetUp]
    public async Task StartWireMock()
    {
        _server = await WireMockServer.StartAsync(RepoPaths.WireMockJar, Path.Combine(RepoPaths.OutputDirectory, "Fixtures"));
        TestContext.Progress.WriteLine($"WireMock started on {_server.BaseUrl} (pid {_server.ProcessId}).");
    }

    [OneTimeTearDown]
    public void StopWireMock()
    {
        _server?.Dispose();
        _server = null;
    }
}
