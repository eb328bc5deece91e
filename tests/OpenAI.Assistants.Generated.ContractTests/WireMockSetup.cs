using System;
using NUnit.Framework;

namespace OpenAI.Assistants.Generated.ContractTests;

/// <summary>Starts one in-process WireMock.Net server for the whole test run and stops it at the end, also when tests fail.</summary>
[SetUpFixture]
public sealed class WireMockSetup
{
    private static MockApiServer? _server;

    /// <summary>The server of this test run.</summary>
    public static MockApiServer Server => _server ?? throw new InvalidOperationException("WireMock.Net is not running (the [SetUpFixture] did not start it).");

    [OneTimeSetUp]
    public void StartWireMock()
    {
        _server = MockApiServer.Start(RepoPaths.MappingsDirectory, RepoPaths.FixturesDirectory);
        TestContext.Progress.WriteLine($"WireMock.Net started in-process on {_server.BaseUrl}.");
    }

    [OneTimeTearDown]
    public void StopWireMock()
    {
        _server?.Dispose();
        _server = null;
    }
}
