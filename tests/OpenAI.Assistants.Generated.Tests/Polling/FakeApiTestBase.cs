using NUnit.Framework;

namespace OpenAI.Assistants.Generated.Tests;

/// <summary>A fresh manual clock, scripted API and client per test, for the polling and tool-call tests.</summary>
public abstract class FakeApiTestBase
{
    internal ManualTimeProvider Time { get; private set; } = null!;

    internal FakeApi Api { get; private set; } = null!;

    protected AssistantsClient Client { get; private set; } = null!;

    [SetUp]
    public void CreateFakes()
    {
        Time = new ManualTimeProvider();
        Api = new FakeApi(Time);
        Client = Api.Client();
    }

    [TearDown]
    public void DisposeFakes()
    {
        Client.Dispose();
        Api.Dispose();
    }
}
