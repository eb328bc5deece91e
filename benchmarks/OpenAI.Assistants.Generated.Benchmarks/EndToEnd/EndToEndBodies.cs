using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace OpenAI.Assistants.Generated.Benchmarks.EndToEnd;

/// <summary>
/// The response bodies the end-to-end server sends, all built from the contract tests' fixtures: a run, a message,
/// 100 pages of 100 messages, and a run's event stream of 201 events. Built the same way in the server process and in
/// the benchmark process (which uses them to check what each variant read).
/// </summary>
internal sealed class EndToEndBodies
{
    /// <summary>Messages per page (the API's maximum <c>limit</c>).</summary>
    public const int PageSize = 100;

    /// <summary>Pages in the 10,000-message listing.</summary>
    public const int PageCount = 100;

    /// <summary>Events in the recorded stream, <c>done</c> included.</summary>
    public const int StreamEvents = 201;

    /// <summary>The stream's source: the only recorded stream with a run's whole life and three message deltas.</summary>
    public const string StreamFixture = "submit_tool_outputs.sse";

    public EndToEndBodies()
    {
        Run = EmbeddedFixture.Bytes("run_completed.json");
        Message = EmbeddedFixture.Bytes("message.json");
        var message = JObject.Parse(EmbeddedFixture.Text("message.json"));
        Pages = Enumerable.Range(0, PageCount).Select(p => BuildPage(message, p)).ToArray();
        StreamFrames = BuildStream(EmbeddedFixture.Text(StreamFixture));
    }

    /// <summary><c>run_completed.json</c>: a completed run with three tools, metadata, usage and a truncation strategy (1.7 KB).</summary>
    public byte[] Run { get; }

    /// <summary><c>message.json</c>: an assistant message with two annotations and an image (1.3 KB).</summary>
    public byte[] Message { get; }

    /// <summary>The pages of the listing; page <c>p</c> holds messages <c>msg_{100p}</c> to <c>msg_{100p+99}</c>.</summary>
    public byte[][] Pages { get; }

    /// <summary>The event stream, one array per event (<c>event:</c> and <c>data:</c> lines and the blank line).</summary>
    public byte[][] StreamFrames { get; }

    /// <summary>The id of message <paramref name="index"/> of the listing.</summary>
    public static string MessageId(int index) => "msg_" + index.ToString("D6", CultureInfo.InvariantCulture);

    /// <summary>
    /// The page that follows the cursor <paramref name="after"/> (a message id of the listing), or the first page;
    /// -1 for a cursor the listing does not have.
    /// </summary>
    public static int PageAfter(string? after)
    {
        if (string.IsNullOrEmpty(after))
        {
            return 0;
        }

        if (!after.StartsWith("msg_", StringComparison.Ordinal) || !int.TryParse(after.AsSpan(4), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            return -1;
        }

        var page = (index + 1) / PageSize;
        return page < PageCount ? page : -1;
    }

    private static byte[] BuildPage(JObject message, int page)
    {
        var data = new JArray();
        for (var i = 0; i < PageSize; i++)
        {
            var copy = (JObject)message.DeepClone();
            copy["id"] = MessageId(page * PageSize + i);
            data.Add(copy);
        }

        var json = new JObject
        {
            ["object"] = "list",
            ["data"] = data,
            ["first_id"] = MessageId(page * PageSize),
            ["last_id"] = MessageId(page * PageSize + PageSize - 1),
            ["has_more"] = page < PageCount - 1,
        };
        return Encoding.UTF8.GetBytes(json.ToString(Formatting.None));
    }

    /// <summary>
    /// The recorded frames with the <c>thread.message.delta</c> frames repeated in their order until the stream has
    /// <see cref="StreamEvents"/> events: the run's start, 190 deltas, then the message's and run's completion and <c>done</c>.
    /// </summary>
    private static byte[][] BuildStream(string text)
    {
        var frames = text.Replace("\r\n", "\n").Split(new[] { "\n\n" }, StringSplitOptions.RemoveEmptyEntries)
            .Where(f => f.Contains("event:", StringComparison.Ordinal))
            .ToList();
        var deltas = frames.Where(IsDelta).ToList();
        var first = frames.FindIndex(IsDelta);
        var others = frames.Count - deltas.Count;
        var result = new List<string>(frames.Take(first).Where(f => !IsDelta(f)));
        for (var i = 0; i < StreamEvents - others; i++)
        {
            result.Add(deltas[i % deltas.Count]);
        }

        result.AddRange(frames.Skip(first).Where(f => !IsDelta(f)));
        return result.Select(f => Encoding.UTF8.GetBytes(f + "\n\n")).ToArray();

        static bool IsDelta(string frame) => frame.StartsWith("event: thread.message.delta\n", StringComparison.Ordinal);
    }
}
