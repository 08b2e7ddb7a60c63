using System.Diagnostics;
using System.Text;
using Livepeer.TestSupport;

namespace Livepeer.EndToEnd.Tests.Support;

/// <summary>
/// A built host (the silo's or the gateway API's dll) run as its own OS process with `dotnet`, its output kept for
/// failure messages. <see cref="KillHardAsync"/> is `kill -9`; disposing kills whatever is still running.
/// </summary>
public sealed class NodeProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly OwnedProcess _owned;
    private readonly StringBuilder _output = new();

    private NodeProcess(string name, Process process)
    {
        Name = name;
        _process = process;
        _owned = new OwnedProcess(process);
    }

    public string Name { get; }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public string Output
    {
        get { lock (_output) { return _output.ToString(); } }
    }

    /// <summary>The last lines of the output, for failure messages.</summary>
    public string Tail(int lines = 40) => string.Join('\n', Output.Split('\n').TakeLast(lines));

    /// <summary>Starts `dotnet <paramref name="dll"/> --contentRoot (its folder) --key=value ...`.</summary>
    public static NodeProcess Start(string name, string dll, IReadOnlyDictionary<string, string> settings)
    {
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"{dll} is missing; build the test project (it builds the silo and the gateway API) in the same configuration", dll);
        }
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
        // Plain console logging without colours, and no ASPNETCORE_/DOTNET_ settings of the test run leaking in.
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var process = new Process { StartInfo = start };
        var node = new NodeProcess(name, process);
        process.OutputDataReceived += (_, e) => node.Append(e.Data);
        process.ErrorDataReceived += (_, e) => node.Append(e.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return node;
    }

    /// <summary>Waits until the output contains <paramref name="text"/>; fails early if the process exits.</summary>
    public async Task WaitForOutputAsync(string text, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!Output.Contains(text, StringComparison.Ordinal))
        {
            if (_process.HasExited)
            {
                Assert.Fail($"{Name} exited (code {_process.ExitCode}) before logging \"{text}\". Output:\n{Tail()}");
            }
            if (DateTime.UtcNow >= deadline)
            {
                Assert.Fail($"{Name} did not log \"{text}\" within {timeout.TotalSeconds} s. Output:\n{Tail()}");
            }
            await Task.Delay(100);
        }
    }

    /// <summary>SIGKILL, like `kill -9`: no shutdown, no leaving the cluster, nothing flushed.</summary>
    public async Task KillHardAsync()
    {
        Assert.True(PosixSignals.Send(_process.Id, PosixSignals.Kill), $"{Name} (pid {_process.Id}) was already gone before kill -9");
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
