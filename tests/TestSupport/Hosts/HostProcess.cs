using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using System.Text;
using Livepeer.TestSupport;

namespace Livepeer.TestSupport.Hosts;

/// <summary>
/// One built host (the silo's or the gateway API's dll) run with <c>dotnet</c> as its own OS process, the way
/// run.sh starts it: its build folder as content root (so its appsettings.json applies) and the test's settings as
/// <c>--Key=Value</c> arguments over it. Output is kept for assertions and failure messages; the process tree is
/// killed on dispose.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly StringBuilder _output = new();
    private readonly Process _process;
    private readonly OwnedProcess _owned;

    private HostProcess(string name, Process process)
    {
        Name = name;
        _process = process;
        _owned = new OwnedProcess(process);
    }

    public string Name { get; }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>Everything the process wrote to stdout and stderr so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts <c>dotnet <paramref name="dll"/> --contentRoot (its folder) --Key=Value ...</c>; stdin is closed.</summary>
    public static HostProcess Start(string name, string dll, IReadOnlyDictionary<string, string> settings)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--contentRoot");
        start.ArgumentList.Add(Path.GetDirectoryName(dll)!);
        foreach (var (key, value) in settings)
        {
            start.ArgumentList.Add($"--{key}={value}");
        }
        // Plain console lines, as under run.sh, whatever the test runner's environment says.
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var process = new Process { StartInfo = start };
        var node = new HostProcess(name, process);
        process.OutputDataReceived += (_, e) => node.Append(e.Data);
        process.ErrorDataReceived += (_, e) => node.Append(e.Data);
        if (!process.Start())
        {
            throw new InvalidOperationException($"{name}: dotnet {dll} could not be started");
        }
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return node;
    }

    /// <summary>Waits until <paramref name="ready"/> holds; fails with the output when the process exits or the time runs out.</summary>
    public async Task WaitUntilAsync(string what, Func<Task<bool>> ready, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await ready())
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited with {_process.ExitCode} before {what}. Output:\n{Tail()}");
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException(string.Create(CultureInfo.InvariantCulture, $"{Name}: no {what} within {timeout.TotalSeconds} s. Output:\n{Tail()}"));
            }
            await Task.Delay(200);
        }
    }

    public Task WaitForOutputAsync(string text, TimeSpan timeout) =>
        WaitUntilAsync($"'{text}' in its output", () => Task.FromResult(Output.Contains(text, StringComparison.Ordinal)), timeout);

    public static async Task<bool> ListensAsync(int port)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync("127.0.0.1", port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <summary>The last lines of the output, for failure messages.</summary>
    public string Tail(int lines = 60) => string.Join('\n', Output.Split('\n').TakeLast(lines));

    /// <summary>SIGKILL, like <c>kill -9</c> (what <see cref="Process.Kill()"/> sends on Unix): no shutdown, no leaving the cluster, nothing flushed.</summary>
    public async Task KillHardAsync()
    {
        if (_process.HasExited)
        {
            throw new InvalidOperationException($"{Name} (pid {_process.Id}) was already gone before kill -9. Output:\n{Tail()}");
        }
        _process.Kill(entireProcessTree: false);
        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await _process.WaitForExitAsync(wait.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await _owned.DisposeAsync();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
