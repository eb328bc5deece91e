using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Reflection;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OpenAI.Assistants.Generated.Benchmarks.EndToEnd;

/// <summary>
/// A Kestrel server on 127.0.0.1 that answers the Assistants routes the end-to-end benchmarks call with the bodies of
/// <see cref="EndToEndBodies"/>. It runs in a process of its own (this assembly started with <see cref="ServeSwitch"/>),
/// so its threads and its allocations are not counted in the benchmark process.
/// </summary>
/// <remarks>
/// Routes (any <c>OpenAI-Beta</c> header is accepted): <c>GET …/runs/{id}</c> and <c>POST /threads/{id}/runs</c>
/// answer the run; <c>POST /threads/thread_stream/runs</c> answers the event stream, one write and flush per event;
/// <c>POST …/messages</c> answers the message; <c>GET …/messages?after=</c> answers the page after the cursor.
/// Request bodies are read to their end and dropped.
/// </remarks>
internal sealed class LoopbackApi : IDisposable
{
    /// <summary>The command-line switch that makes this assembly run the server (see <see cref="Program"/>).</summary>
    public const string ServeSwitch = "--e2e-loopback-server";

    /// <summary>The thread id whose run is answered with the event stream.</summary>
    public const string StreamThreadId = "thread_stream";

    private readonly Process _process;

    private LoopbackApi(Process process, Uri baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
    }

    /// <summary>The API's base URL, ending in <c>/v1</c>.</summary>
    public Uri BaseUrl { get; }

    /// <summary>Starts the server process and waits until it listens.</summary>
    public static LoopbackApi Start()
    {
        // The entry assembly is the program BenchmarkDotNet generated (or this one under dotnet run); its
        // runtimeconfig and deps list the ASP.NET Core framework and this assembly.
        var entry = Assembly.GetEntryAssembly()!.Location;
        var self = typeof(LoopbackApi).Assembly.Location;
        var host = Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet"
            ? path
            : Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        var start = new ProcessStartInfo(host)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "exec", "--runtimeconfig", Path.ChangeExtension(entry, ".runtimeconfig.json"), "--depsfile", Path.ChangeExtension(entry, ".deps.json"), self, ServeSwitch })
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("The loopback server did not start.");
        var line = process.StandardOutput.ReadLine();
        if (line is null || !line.StartsWith("listening ", StringComparison.Ordinal))
        {
            process.Kill();
            throw new InvalidOperationException($"The loopback server did not report its address: '{line}'.");
        }

        return new LoopbackApi(process, new Uri(line.Substring("listening ".Length).TrimEnd('/') + "/v1"));
    }

    /// <summary>Stops the server: closing its input ends it; it is killed if it has not exited within 5 s.</summary>
    public void Dispose()
    {
        _process.StandardInput.Close();
        if (!_process.WaitForExit(5000))
        {
            _process.Kill();
        }

        _process.Dispose();
    }

    /// <summary>Runs the server until standard input closes (the benchmark process stopped it, or ended).</summary>
    public static void Serve()
    {
        var bodies = new EndToEndBodies();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(o =>
        {
            o.AddServerHeader = false;
            o.Listen(IPAddress.Loopback, 0);
        });
        using var app = builder.Build();
        app.Run(context => HandleAsync(context, bodies));
        app.StartAsync().GetAwaiter().GetResult();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Console.Out.WriteLine("listening " + address);
        Console.Out.Flush();
        Console.In.ReadToEnd();
        app.StopAsync().GetAwaiter().GetResult();
    }

    private static async Task HandleAsync(HttpContext context, EndToEndBodies bodies)
    {
        var request = context.Request;
        await request.Body.CopyToAsync(Stream.Null, context.RequestAborted);
        var path = request.Path.Value ?? "";
        var response = context.Response;
        response.Headers["x-request-id"] = "req_bench";
        var isGet = HttpMethods.IsGet(request.Method);
        byte[]? body = null;
        if (path.EndsWith("/messages", StringComparison.Ordinal))
        {
            var page = isGet ? EndToEndBodies.PageAfter(request.Query["after"]) : -2;
            body = page == -2 ? bodies.Message : page >= 0 ? bodies.Pages[page] : null;
        }
        else if (!isGet && path == "/v1/threads/" + StreamThreadId + "/runs")
        {
            response.ContentType = "text/event-stream";
            await response.StartAsync(context.RequestAborted);
            foreach (var frame in bodies.StreamFrames)
            {
                await response.Body.WriteAsync(frame, context.RequestAborted);
                await response.Body.FlushAsync(context.RequestAborted);
            }

            return;
        }
        else if (path.Contains("/runs", StringComparison.Ordinal))
        {
            body = bodies.Run;
        }

        if (body is null)
        {
            response.StatusCode = 404;
            return;
        }

        response.ContentType = "application/json";
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, context.RequestAborted);
    }
}
