using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Livepeer.TestSupport.Azurite;

namespace Livepeer.TestSupport.Ganache;

/// <summary>
/// One ganache 7 process (tools/node) on a free 127.0.0.1 port: deterministic wallet
/// (<see cref="GanacheAccounts"/>), the given chain id, instant mining, in-memory state. Ready once
/// it answers eth_chainId; killed on dispose.
/// </summary>
public sealed class GanacheServer : IAsyncDisposable
{
    /// <summary>ganache's default chain id, and the dev chain's (chain.md §8).</summary>
    public const long DefaultChainId = 1337;

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private const int MaxStartAttempts = 3;

    private readonly OwnedProcess _process;
    private readonly OutputTail _output;

    private GanacheServer(Process process, OutputTail output, int port, long chainId)
    {
        _process = new OwnedProcess(process);
        _output = output;
        Port = port;
        ChainId = chainId;
        Url = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/");
    }

    public int Port { get; }

    public long ChainId { get; }

    /// <summary>The JSON-RPC endpoint, e.g. http://127.0.0.1:41234/.</summary>
    public Uri Url { get; }

    /// <summary>What ganache printed lately (for failure messages).</summary>
    public string Output => _output.Text;

    public static string Executable =>
        Path.Combine(RepoPaths.Root, "tools", "node", "node_modules", ".bin", OperatingSystem.IsWindows() ? "ganache.cmd" : "ganache");

    /// <summary>
    /// Starts ganache; <paramref name="extraArguments"/> are passed on as they are (e.g. "--miner.blockTime", "1",
    /// or "--database.dbPath", dir to keep the chain for a later start). <paramref name="port"/> pins the port, e.g. to
    /// start the same chain again where its clients expect it; null takes a free one.
    /// </summary>
    public static async Task<GanacheServer> StartAsync(
        long chainId = DefaultChainId, IReadOnlyList<string>? extraArguments = null, int? port = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(chainId, 1);
        if (!File.Exists(Executable))
        {
            throw new FileNotFoundException(
                $"ganache is not installed: {Executable} is missing. Run ./test.sh, or `npm install --prefix tools/node` in the repository root.", Executable);
        }
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await StartOnceAsync(chainId, extraArguments ?? [], port, cancellationToken).ConfigureAwait(false);
            }
            catch (GanacheStartException exception) when (exception.PortTaken && port is null && attempt < MaxStartAttempts)
            {
                // Another process took the probed port between the probe and ganache's bind; probe again.
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _process.DisposeAsync().ConfigureAwait(false);
    }

    private static async Task<GanacheServer> StartOnceAsync(long chainId, IReadOnlyList<string> extraArguments, int? fixedPort, CancellationToken cancellationToken)
    {
        int port = fixedPort ?? FreePort();
        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepoPaths.Root,
        };
        foreach (var argument in new[]
        {
            "--chain.chainId", chainId.ToString(CultureInfo.InvariantCulture),
            "--wallet.deterministic",
            "--logging.quiet",
            "--server.host", "127.0.0.1",
            "--server.port", port.ToString(CultureInfo.InvariantCulture),
        }.Concat(extraArguments))
        {
            start.ArgumentList.Add(argument);
        }

        var output = new OutputTail();
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => output.Add(e.Data);
        process.ErrorDataReceived += (_, e) => output.Add(e.Data);
        try
        {
            if (!process.Start())
            {
                throw new InvalidOperationException($"Could not start {Executable}.");
            }
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            process.Dispose();
            throw new InvalidOperationException(
                $"Could not start {Executable} ({exception.Message}); ganache needs Node.js 18 or later on PATH.", exception);
        }
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var server = new GanacheServer(process, output, port, chainId);
        try
        {
            await server.WaitUntilAnsweringAsync(cancellationToken).ConfigureAwait(false);
            return server;
        }
        catch
        {
            await server.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task WaitUntilAnsweringAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        const string request = """{"jsonrpc":"2.0","id":1,"method":"eth_chainId","params":[]}""";
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (_process.HasExited)
            {
                var log = _output.Text;
                throw new GanacheStartException(
                    $"ganache exited with code {_process.ExitCode} before answering on port {Port}. Output:\n{log}",
                    portTaken: log.Contains("EADDRINUSE", StringComparison.Ordinal));
            }
            try
            {
                using var content = new StringContent(request, Encoding.UTF8, "application/json");
                using var response = await http.PostAsync(Url, content, cancellationToken).ConfigureAwait(false);
                using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
                var chainId = answer.RootElement.TryGetProperty("result", out var result) ? result.GetString() : answer.RootElement.GetRawText();
                var expected = "0x" + ChainId.ToString("x", CultureInfo.InvariantCulture);
                if (chainId != expected)
                {
                    throw new GanacheStartException($"ganache on port {Port} answered eth_chainId with {chainId}, expected {expected}", portTaken: false);
                }
                return;
            }
            catch (HttpRequestException) when (clock.Elapsed < StartTimeout)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested && clock.Elapsed < StartTimeout)
            {
                // Listening but not answering yet.
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                throw new GanacheStartException($"ganache did not answer eth_chainId on port {Port} within {StartTimeout.TotalSeconds} s. Output:\n{_output.Text}", portTaken: false, exception);
            }
            await Task.Delay(200, cancellationToken).ConfigureAwait(false);
        }
    }


    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
