using System.Linq;
using Newtonsoft.Json.Linq;

namespace OpenAI.Assistants.Generated.Tests;

/// <summary>Builds list-page bodies for pagination tests: minimal assistants or messages with the given ids.</summary>
internal static class Pages
{
    /// <summary>A page of assistants whose <c>first_id</c>/<c>last_id</c> are the first and last of <paramref name="ids"/>.</summary>
    public static string Assistants(bool hasMore, params string[] ids) =>
        AssistantsWithCursors(hasMore, ids.FirstOrDefault(), ids.LastOrDefault(), ids);

    /// <summary>A page of assistants with explicit cursors (for servers that send odd ones).</summary>
    public static string AssistantsWithCursors(bool hasMore, string? firstId, string? lastId, params string[] ids) =>
        Page(hasMore, firstId, lastId, ids.Select(id => new JObject
        {
            ["id"] = id,
            ["object"] = "assistant",
            ["created_at"] = 1713175000,
            ["name"] = null,
            ["description"] = null,
            ["model"] = "gpt-4-turbo",
            ["instructions"] = null,
            ["tools"] = new JArray(),
            ["file_ids"] = new JArray(),
            ["metadata"] = new JObject(),
        }));

    /// <summary>A page of user messages of thread <c>thread_1</c>.</summary>
    public static string Messages(bool hasMore, params string[] ids) =>
        Page(hasMore, ids.FirstOrDefault(), ids.LastOrDefault(), ids.Select(id => new JObject
        {
            ["id"] = id,
            ["object"] = "thread.message",
            ["created_at"] = 1713175000,
            ["thread_id"] = "thread_1",
            ["status"] = "completed",
            ["role"] = "user",
            ["content"] = new JArray(),
            ["assistant_id"] = null,
            ["run_id"] = "run_1",
            ["file_ids"] = new JArray(),
            ["metadata"] = new JObject(),
        }));

    private static string Page(bool hasMore, string? firstId, string? lastId, System.Collections.Generic.IEnumerable<JObject> items) =>
        new JObject
        {
            ["object"] = "list",
            ["data"] = new JArray(items),
            ["first_id"] = firstId,
            ["last_id"] = lastId,
            ["has_more"] = hasMore,
        }.ToString();
}
