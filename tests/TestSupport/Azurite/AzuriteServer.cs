using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Livepeer.TestSupport.Azurite;

/// <summary>
/// One Azurite process on free loopback ports with in-memory storage, started from tools/node/node_modules and
/// killed on dispose.
/// </summary>
public sealed class AzuriteServer : IAsyncDisposable
{
    /// <summary>The emulator's fixed account name.</summary>
    public const string AccountName = "devstoreaccount1";

    /// <summary>The emulator's well-known, publicly documented shared key (not a secret).</summary>
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private const int MaxStartAttempts = 3;

    private readonly OwnedProcess _process;
    private readonly DirectoryInfo _workspace;
    private readonly OutputTail _output;

    private AzuriteServer(Process process, DirectoryInfo workspace, OutputTail output, AzuriteServices services, int? blobPort, int? queuePort, int? tablePort)
    {
        _process = new OwnedProcess(process);
        _workspace = workspace;
        _output = output;
        Services = services;
        BlobPort = blobPort;
        QueuePort = queuePort;
        TablePort = tablePort;
    }

    /// <summary>The services this process serves.</summary>
    public AzuriteServices Services { get; }

    /// <summary>Blob port, when the blob service runs.</summary>
    public int? BlobPort { get; }

    /// <summary>Queue port, when the queue service runs.</summary>
    public int? QueuePort { get; }

    /// <summary>Table port, when the table service runs.</summary>
    public int? TablePort { get; }

    /// <summary>Explicit connection string for the running services (the short "UseDevelopmentStorage" form assumes default ports).</summary>
    public string ConnectionString
    {
        get
        {
            var builder = new StringBuilder($"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};");
            AppendEndpoint(builder, "BlobEndpoint", BlobPort);
            AppendEndpoint(builder, "QueueEndpoint", QueuePort);
            AppendEndpoint(builder, "TableEndpoint", TablePort);
            return builder.ToString();
        }
    }

    /// <summary>Table service endpoint, e.g. <c>http://127.0.0.1:53123/devstoreaccount1</c>.</summary>
    public Uri TableEndpoint => Endpoint(TablePort ?? throw new InvalidOperationException("This Azurite instance does not run the table service."));

    /// <summary>Blob service endpoint.</summary>
    public Uri BlobEndpoint => Endpoint(BlobPort ?? throw new InvalidOperationException("This Azurite instance does not run the blob service."));

    /// <summary>The node_modules/.bin folder Azurite is started from.</summary>
    public static string BinDirectory => Path.Combine(RepoPaths.Root, "tools", "node", "node_modules", ".bin");

    /// <summary>Starts Azurite for <paramref name="services"/> and waits until every port accepts connections.</summary>
    public static async Task<AzuriteServer> StartAsync(AzuriteServices services = AzuriteServices.Table, CancellationToken cancellationToken = default)
    {
        if (services == 0 || (services & ~AzuriteServices.All) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(services), services, "Choose one or more of Blob, Queue, Table.");
        }
        var executable = ExecutableFor(services);
        if (!File.Exists(executable))
        {
            throw new FileNotFoundException(
                $"Azurite is not installed: {executable} is missing. Run ./test.sh, or `npm install --prefix tools/node` in the repository root.", executable);
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await StartOnceAsync(executable, services, cancellationToken).ConfigureAwait(false);
            }
            catch (AzuriteStartException exception) when (exception.PortTaken && attempt < MaxStartAttempts)
            {
                // Another process grabbed a probed port between the probe and Azurite's bind; probe again.
            }
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _process.DisposeAsync().ConfigureAwait(false);
        _workspace.Delete(recursive: true);
    }

    private static async Task<AzuriteServer> StartOnceAsync(string executable, AzuriteServices services, CancellationToken cancellationToken)
    {
        var runsAll = ExecutableName(services) == "azurite";
        int? blobPort = runsAll || services == AzuriteServices.Blob ? FreePort() : null;
        int? queuePort = runsAll || services == AzuriteServices.Queue ? FreePort() : null;
        int? tablePort = runsAll || services == AzuriteServices.Table ? FreePort() : null;
        var workspace = Directory.CreateTempSubdirectory("azurite-");

        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workspace.FullName,
        };
        foreach (var argument in new[] { "--inMemoryPersistence", "--disableTelemetry", "--skipApiVersionCheck", "--loose", "--silent" })
        {
            start.ArgumentList.Add(argument);
        }
        AddService(start, "blob", blobPort);
        AddService(start, "queue", queuePort);
        AddService(start, "table", tablePort);

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

        var server = new AzuriteServer(process, workspace, output, services, blobPort, queuePort, tablePort);
        try
        {
            foreach (var port in new[] { blobPort, queuePort, tablePort }.OfType<int>())
            {
                await server.WaitForPortAsync(port, cancellationToken).ConfigureAwait(false);
            }
            return server;
        }
        catch
        {
            await server.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task WaitForPortAsync(int port, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (_process.HasExited)
            {
                var log = _output.Text;
                throw new AzuriteStartException(
                    $"Azurite exited with code {_process.ExitCode} before listening on port {port}. Output:\n{log}",
                    portTaken: log.Contains("EADDRINUSE", StringComparison.Ordinal));
            }
            using (var client = new TcpClient())
            {
                try
                {
                    await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken).ConfigureAwait(false);
                    return;
                }
                catch (SocketException) when (deadline.Elapsed < StartTimeout)
                {
                    // Not listening yet.
                }
                catch (SocketException exception)
                {
                    throw new AzuriteStartException($"Azurite did not listen on port {port} within {StartTimeout.TotalSeconds} s. Output:\n{_output.Text}", portTaken: false, exception);
                }
            }
            await Task.Delay(100, cancellationToken).ConfigureAwait(false);
        }
    }


    private static string ExecutableFor(AzuriteServices services)
    {
        var name = ExecutableName(services);
        return Path.Combine(BinDirectory, OperatingSystem.IsWindows() ? name + ".cmd" : name);
    }

    private static string ExecutableName(AzuriteServices services) => services switch
    {
        AzuriteServices.Table => "azurite-table",
        AzuriteServices.Blob => "azurite-blob",
        AzuriteServices.Queue => "azurite-queue",
        _ => "azurite", // any combination runs the all-in-one server
    };

    private static void AddService(ProcessStartInfo start, string service, int? port)
    {
        if (port is { } value)
        {
            start.ArgumentList.Add($"--{service}Host");
            start.ArgumentList.Add("127.0.0.1");
            start.ArgumentList.Add($"--{service}Port");
            start.ArgumentList.Add(value.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static Uri Endpoint(int port) => new($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/{AccountName}");

    private static void AppendEndpoint(StringBuilder builder, string key, int? port)
    {
        if (port is { } value)
        {
            builder.Append(key).Append('=').Append(Endpoint(value)).Append(';');
        }
    }
}
