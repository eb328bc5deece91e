using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Features;
using Newtonsoft.Json;
using WireMock;
using WireMock.Admin.Mappings;
using WireMock.Logging;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace OpenAI.Assistants.Generated.ContractTests;

/// <summary>
/// The API's stand-in for the contract tests: a WireMock.Net server running in this process on a free loopback port,
/// serving the mapping files of <c>Mappings/</c> (WireMock.Net's own static mapping format) with response bodies from
/// <c>Fixtures/</c>. Helpers reset it, add a mapping file, read the request log and explain requests no mapping matched.
/// </summary>
public sealed class MockApiServer : IDisposable
{
    private readonly WireMockServer _server;
    private readonly string _mappingsDirectory;
    private readonly ConcurrentQueue<string> _requestTargets;
    private readonly ConcurrentQueue<string> _connectionIds;

    private MockApiServer(WireMockServer server, string mappingsDirectory, ConcurrentQueue<string> requestTargets, ConcurrentQueue<string> connectionIds)
    {
        _server = server;
        _mappingsDirectory = mappingsDirectory;
        _requestTargets = requestTargets;
        _connectionIds = connectionIds;
    }

    /// <summary>The server's address, without a trailing slash, e.g. <c>http://127.0.0.1:54321</c>.</summary>
    public string BaseUrl => _server.Url ?? throw new InvalidOperationException("WireMock.Net reports no URL.");

    /// <summary>The port the server listens on (127.0.0.1 only).</summary>
    public int Port => _server.Port;

    /// <summary>Every request received since the last reset, oldest first, as WireMock.Net logged it.</summary>
    public IReadOnlyList<ILogEntry> LogEntries => _server.LogEntries;

    /// <summary>The requests since the last reset that no mapping matched (WireMock.Net answered them 404), oldest first.</summary>
    public IReadOnlyList<ILogEntry> UnmatchedEntries => LogEntries.Where(entry => entry.MappingGuid is null).ToList();

    /// <summary>
    /// The request-targets since the last reset exactly as they arrived on the wire (ASP.NET Core's
    /// <see cref="IHttpRequestFeature.RawTarget"/>), in arrival order. WireMock.Net's log has the path only
    /// percent-decoded (<see cref="IRequestMessage.Path"/>) or re-encoded from the decoded form (<see cref="IRequestMessage.Url"/>).
    /// </summary>
    public IReadOnlyList<string> RequestTargets => _requestTargets.ToList();

    /// <summary>
    /// For each request since the last reset, in arrival order, the id Kestrel gave the TCP connection it came on
    /// (<c>HttpContext.Connection.Id</c>): requests on one reused connection share an id.
    /// </summary>
    public IReadOnlyList<string> ConnectionIds => _connectionIds.ToList();

    /// <summary>
    /// Starts WireMock.Net on <c>127.0.0.1</c> on a port the system picks, with no mappings and without its admin
    /// interface; <c>BodyAsFile</c> paths are read from <paramref name="fixturesDirectory"/>.
    /// </summary>
    /// <param name="mappingsDirectory">The folder that <see cref="AddMappingFile"/> paths are relative to.</param>
    /// <param name="fixturesDirectory">The folder that mappings' <c>BodyAsFile</c> paths are relative to.</param>
    public static MockApiServer Start(string mappingsDirectory, string fixturesDirectory)
    {
        var requestTargets = new ConcurrentQueue<string>();
        var connectionIds = new ConcurrentQueue<string>();
        var server = WireMockServer.Start(new WireMockServerSettings
        {
            Urls = new[] { "http://127.0.0.1:0" },
            FileSystemHandler = new FixturesFileSystemHandler(fixturesDirectory),
            PreWireMockMiddlewareInit = app => ((IApplicationBuilder)app).Use(async (context, next) =>
            {
                requestTargets.Enqueue(context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? string.Empty);
                connectionIds.Enqueue(context.Connection.Id);
                await next();
            }),
        });
        return new MockApiServer(server, mappingsDirectory, requestTargets, connectionIds);
    }

    /// <summary>Removes all mappings, clears the request log and resets every scenario to its start.</summary>
    public void Reset()
    {
        _server.Reset();
        _requestTargets.Clear();
        _connectionIds.Clear();
    }

    /// <summary>Adds the one mapping in the file <c>Mappings/&lt;relativePath&gt;</c>.</summary>
    /// <param name="relativePath">For example <c>Assistants/CreateAssistant.json</c>.</param>
    public void AddMappingFile(string relativePath)
    {
        var path = Path.Combine(_mappingsDirectory, relativePath);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Mapping file not found: {path}", path);
        }

        // WireMock.Net skips members it does not know; a misspelt matcher would silently match more than it says.
        var model = JsonConvert.DeserializeObject<MappingModel>(File.ReadAllText(path), new JsonSerializerSettings { MissingMemberHandling = MissingMemberHandling.Error })
            ?? throw new InvalidOperationException($"{path} holds no mapping.");

        var before = _server.Mappings.Select(mapping => mapping.Guid).ToHashSet();
        if (!_server.ReadStaticMappingAndAddOrUpdate(path))
        {
            throw new InvalidOperationException($"WireMock.Net could not read the mapping file {path}.");
        }

        var added = _server.Mappings.Where(mapping => !before.Contains(mapping.Guid)).ToList();
        if (added.Count != 1)
        {
            throw new InvalidOperationException($"{path} added {added.Count} mappings; a contract test mapping file holds exactly one.");
        }

        AddAbsentParams(model, added[0], path);
    }

    /// <summary>How many requests with this method and path (as on the wire, percent-encoded; query not included) were received.</summary>
    /// <param name="method">For example <c>GET</c>.</param>
    /// <param name="path">For example <c>/v1/assistants</c>.</param>
    public int Count(string method, string path) =>
        LogEntries.Count(entry => entry.RequestMessage.Method == method && WirePath(entry.RequestMessage) == path);

    /// <summary>Throws unless exactly <paramref name="expectedCount"/> requests with this method and path were received.</summary>
    /// <param name="method">For example <c>GET</c>.</param>
    /// <param name="path">For example <c>/v1/assistants</c>.</param>
    /// <param name="expectedCount">The number of such requests the test expects.</param>
    public void Verify(string method, string path, int expectedCount)
    {
        var actual = Count(method, path);
        if (actual != expectedCount)
        {
            throw new InvalidOperationException(
                $"Expected {expectedCount} request(s) {method} {path}, WireMock.Net received {actual}. Log:\n{Summarize(LogEntries)}");
        }
    }

    /// <summary>For each request no mapping matched: the request, and the closest mappings with what differed.</summary>
    public string NearMisses() => NearMissReport.Describe(UnmatchedEntries, _server.Mappings, _server.Scenarios);

    /// <summary>One line per log entry: method, path and query as on the wire, and the mapping that answered (or UNMATCHED).</summary>
    /// <param name="entries">Log entries, for example <see cref="LogEntries"/>.</param>
    public static string Summarize(IEnumerable<ILogEntry> entries)
    {
        var text = new StringBuilder();
        foreach (var entry in entries)
        {
            text.Append(entry.RequestMessage.Method).Append(' ').Append(WirePathAndQuery(entry.RequestMessage))
                .AppendLine(entry.MappingGuid is null ? " (UNMATCHED)" : $" (matched {entry.MappingTitle})");
        }

        return text.Length == 0 ? "(empty)" : text.ToString();
    }

    /// <summary>The request's path percent-encoded as on the wire, e.g. <c>/v1/threads/a%2Fb%3Fc</c> (WireMock.Net's <see cref="IRequestMessage.Path"/> is decoded).</summary>
    /// <param name="request">A logged request.</param>
    public static string WirePath(IRequestMessage request) => new Uri(request.Url).AbsolutePath;

    /// <summary>The request's path and query percent-encoded as on the wire, e.g. <c>/v1/assistants?limit=2</c>.</summary>
    /// <param name="request">A logged request.</param>
    public static string WirePathAndQuery(IRequestMessage request) => new Uri(request.Url).PathAndQuery;

    /// <summary>Stops the server and waits until it no longer listens.</summary>
    public void Dispose()
    {
        _server.Stop();
        _server.Dispose();
    }

    // WireMock.Net writes a query parameter that must be absent as { "Name": "...", "RejectOnMatch": true } (its
    // MappingConverter does), but its static mapping reader (as of the version in Directory.Packages.props) drops
    // RejectOnMatch from Params (and skips a parameter that has no Matchers), so such a mapping would accept the
    // parameter. Give the mapping that condition here.
    private static void AddAbsentParams(MappingModel model, IMapping mapping, string path)
    {
        foreach (var param in model.Request?.Params ?? new List<ParamModel>())
        {
            if (param.RejectOnMatch != true)
            {
                continue;
            }

            if (param.Matchers is not null)
            {
                throw new NotSupportedException(
                    $"{path}: query parameter '{param.Name}' has RejectOnMatch and Matchers; WireMock.Net {typeof(WireMockServer).Assembly.GetName().Version} reads only the Matchers. " +
                    "Write { \"Name\": ..., \"RejectOnMatch\": true } for an absent parameter, or put RejectOnMatch on the matcher.");
            }

            var request = mapping.RequestMatcher as Request
                ?? throw new InvalidOperationException($"{path}: WireMock.Net built no request builder for this mapping.");
            request.WithParam(param.Name, param.IgnoreCase == true, MatchBehaviour.RejectOnMatch);
        }
    }
}
