using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using Livepeer.TestSupport.Azurite;

namespace Livepeer.TestSupport.Ganache;

/// <summary>
/// One ganache 7 dev chain (chain id 1337, deterministic wallet, instant mining) on a free loopback port,
/// started from tools/node/node_modules and killed on dispose. <see cref="RequestAsync"/> sends raw JSON-RPC
/// for the ganache-only methods tests need (evm_mine, evm_snapshot, evm_revert).
/// </summary>
public sealed class GanacheServer : IAsyncDisposable
{
    public const long ChainId = 1337;

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private const int MaxStartAttempts = 3;

    private readonly Process _process;
    private readonly OutputTail _output;
    private readonly HttpClient _http;
    private readonly EventHandler _killOnExit;
    private long _nextId;

    private GanacheServer(Process process, OutputTail output, int port)
    {
        _process = process;
        _output = output;
        Port = port;
        RpcUrl = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");
        _http = new HttpClient { BaseAddress = RpcUrl, Timeout = TimeSpan.FromSeconds(30) };
        // Best effort for aborted test runs: never leave a chain behind.
        _killOnExit = (_, _) => Kill();
        AppDomain.CurrentDomain.ProcessExit += _killOnExit;
    }

    public int Port { get; }

    /// <summary>The JSON-RPC endpoint, e.g. http://127.0.0.1:41234.</summary>
    public Uri RpcUrl { get; }

    /// <summary>ganache's launcher in node_modules/.bin.</summary>
    public static string Executable =>
        Path.Combine(RepoPaths.Root, "tools", "node", "node_modules", ".bin", OperatingSystem.IsWindows() ? "ganache.cmd" : "ganache");

    /// <summary>Starts ganache and waits until eth_chainId answers.</summary>
    public static async Task<GanacheServer> StartAsync(CancellationToken cancellationToken = default)
    {
        var executable = Executable;
        if (!File.Exists(executable))
        {
            throw new FileNotFoundException(
                $"ganache is not installed: {executable} is missing. Run ./test.sh, or `npm install --prefix tools/node` in the repository root.", executable);
        }
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort();
            var server = Launch(executable, port);
            try
            {
                await server.WaitUntilReadyAsync(cancellationToken).ConfigureAwait(false);
                return server;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                var portTaken = server._output.Text.Contains("EADDRINUSE", StringComparison.Ordinal);
                await server.DisposeAsync().ConfigureAwait(false);
                if (!portTaken || attempt >= MaxStartAttempts)
                {
                    throw;
                }
                // Another process took the probed port before ganache bound it: probe again.
            }
        }
    }

    /// <summary>Sends one JSON-RPC request and returns its result, or throws with the node's error.</summary>
    public async Task<JsonNode?> RequestAsync(string method, params object?[] parameters)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(method);
        var request = new JsonObject
        {
            ["jsonrpc"] = "2.0",
            ["id"] = Interlocked.Increment(ref _nextId),
            ["method"] = method,
            ["params"] = JsonSerializer.SerializeToNode(parameters),
        };
        using var response = await _http.PostAsJsonAsync("/", request).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonObject>().ConfigureAwait(false)
            ?? throw new InvalidOperationException($"ganache answered {method} with an empty body");
        if (body["error"] is JsonNode error)
        {
            throw new InvalidOperationException($"ganache {method} failed: {error.ToJsonString()}");
        }
        return body["result"];
    }

    /// <summary>Mines <paramref name="blocks"/> empty blocks.</summary>
    public async Task MineAsync(int blocks = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(blocks);
        for (var i = 0; i < blocks; i++)
        {
            await RequestAsync("evm_mine").ConfigureAwait(false);
        }
    }

    public async Task<long> BlockNumberAsync()
    {
        var hex = (await RequestAsync("eth_blockNumber").ConfigureAwait(false))?.GetValue<string>()
            ?? throw new InvalidOperationException("eth_blockNumber returned null");
        return long.Parse(hex.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
    }

    /// <summary>Takes an evm_snapshot; pass its id to <see cref="RevertAsync"/> (each id reverts once).</summary>
    public async Task<string> SnapshotAsync() =>
        (await RequestAsync("evm_snapshot").ConfigureAwait(false))?.GetValue<string>()
        ?? throw new InvalidOperationException("evm_snapshot returned null");

    public async Task RevertAsync(string snapshotId)
    {
        var reverted = (await RequestAsync("evm_revert", snapshotId).ConfigureAwait(false))?.GetValue<bool>() ?? false;
        if (!reverted)
        {
            throw new InvalidOperationException($"evm_revert to snapshot {snapshotId} failed (unknown or already used)");
        }
    }

    public async ValueTask DisposeAsync()
    {
        AppDomain.CurrentDomain.ProcessExit -= _killOnExit;
        _http.Dispose();
        Kill();
        using (var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10)))
        {
            await _process.WaitForExitAsync(wait.Token).ConfigureAwait(false);
        }
        _process.Dispose();
    }

    private static GanacheServer Launch(string executable, int port)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--chain.chainId", ChainId.ToString(CultureInfo.InvariantCulture),
            "--wallet.deterministic",
            "--logging.quiet",
            "--server.host", "127.0.0.1",
            "--server.port", port.ToString(CultureInfo.InvariantCulture),
        })
        {
            start.ArgumentList.Add(argument);
        }
        var output = new OutputTail();
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => output.Add(e.Data);
        process.ErrorDataReceived += (_, e) => output.Add(e.Data);
        if (!process.Start())
        {
            throw new InvalidOperationException($"Could not start {executable}.");
        }
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new GanacheServer(process, output, port);
    }

    private async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"ganache exited with code {_process.ExitCode} before answering on port {Port}. Output:\n{_output.Text}");
            }
            try
            {
                var chainId = (await RequestAsync("eth_chainId").ConfigureAwait(false))?.GetValue<string>();
                if (chainId != "0x" + ChainId.ToString("x", CultureInfo.InvariantCulture))
                {
                    throw new InvalidOperationException($"ganache on port {Port} reports chain id {chainId}, expected {ChainId}");
                }
                return;
            }
            catch (HttpRequestException) when (deadline.Elapsed < StartTimeout)
            {
                // Not listening yet.
            }
            catch (HttpRequestException exception)
            {
                throw new InvalidOperationException($"ganache did not answer eth_chainId on port {Port} within {StartTimeout.TotalSeconds} s. Output:\n{_output.Text}", exception);
            }
            await Task.Delay(100, cancellationToken).ConfigureAwait(false);
        }
    }

    private void Kill()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // The process exited between the check and the kill: the goal is already met.
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
