using System.Diagnostics;
using System.Net;
using System.Text;
using Livepeer.TestSupport;

namespace Livepeer.EndToEnd.Tests.Support;

/// <summary>
/// ./run.sh as a child in its own session and process group (via setsid), with its output captured and
/// its logs and Azurite data in a temporary folder. Disposing stops whatever is still running.
/// </summary>
public sealed class RunScriptProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly string _workDir;

    private RunScriptProcess(Process process, string workDir)
    {
        _process = process;
        _workDir = workDir;
    }

    public string Output
    {
        get { lock (_output) { return _output.ToString(); } }
    }

    public bool HasExited => _process.HasExited;

    /// <summary>Where run.sh writes the logs of what it started (LP_RUN_DIR/logs).</summary>
    public string LogsDirectory => Path.Combine(_workDir, "run", "logs");

    /// <summary>The last <paramref name="lines"/> lines of <c>{name}.log</c> (gateway-api, silo, ...), for failure messages.</summary>
    public string LogTail(string name, int lines = 40)
    {
        var path = Path.Combine(LogsDirectory, name + ".log");
        if (!File.Exists(path))
        {
            return $"({path} does not exist)";
        }
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        var all = reader.ReadToEnd().Split('\n');
        return $"--- last lines of {name}.log ---\n" + string.Join('\n', all.TakeLast(lines));
    }

    public int ExitCode => _process.ExitCode;

    public static RunScriptProcess Start(params string[] arguments) => StartWithData(null, arguments);

    /// <summary>
    /// Like <see cref="Start"/>, with Azurite's data in <paramref name="dataDir"/> (LP_DATA_DIR), which the caller
    /// owns and may hand to a later run; null for a fresh folder removed on dispose.
    /// </summary>
    public static RunScriptProcess StartWithData(string? dataDir, params string[] arguments)
    {
        var workDir = Path.Combine(Path.GetTempPath(), "livepeer-e2e-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(workDir);
        var startInfo = new ProcessStartInfo("setsid")
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.ArgumentList.Add(Path.Combine(RepoPaths.Root, "run.sh"));
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }
        startInfo.Environment["LP_RUN_DIR"] = Path.Combine(workDir, "run");
        startInfo.Environment["LP_DATA_DIR"] = dataDir ?? Path.Combine(workDir, "data");

        var process = new Process { StartInfo = startInfo };
        var run = new RunScriptProcess(process, workDir);
        process.OutputDataReceived += (_, e) => run.Append(e.Data);
        process.ErrorDataReceived += (_, e) => run.Append(e.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return run;
    }

    /// <summary>Polls <paramref name="path"/> until it answers <paramref name="expected"/>; fails early if run.sh exits.</summary>
    public async Task WaitForStatusAsync(HttpClient http, string path, HttpStatusCode expected, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        var last = "no answer yet";
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                Assert.Fail($"run.sh exited (code {_process.ExitCode}) before GET {path} answered {(int)expected}. Output:\n{Output}");
            }
            try
            {
                using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
                if (response.StatusCode == expected)
                {
                    return;
                }
                last = $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
            }
            catch (HttpRequestException ex)
            {
                last = ex.Message;
            }
            await Task.Delay(250);
        }
        Assert.Fail($"GET {path} did not answer {(int)expected} within {timeout.TotalSeconds} s (last: {last}). Output:\n{Output}");
    }

    /// <summary>Waits until run.sh has printed <paramref name="text"/>; fails early if it exits.</summary>
    public async Task WaitForOutputAsync(string text, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!Output.Contains(text, StringComparison.Ordinal))
        {
            if (_process.HasExited)
            {
                Assert.Fail($"run.sh exited (code {_process.ExitCode}) before printing \"{text}\". Output:\n{Output}");
            }
            if (DateTime.UtcNow >= deadline)
            {
                Assert.Fail($"run.sh did not print \"{text}\" within {timeout.TotalSeconds} s. Output:\n{Output}");
            }
            await Task.Delay(100);
        }
    }

    /// <summary>Signals run.sh's whole process group, like Ctrl-C in its terminal would.</summary>
    public void SignalGroup(int signal) => PosixSignals.SendToGroup(_process.Id, signal);

    public async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cts.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            // run.sh's trap stops its children on SIGTERM; SIGKILL only if that hangs.
            PosixSignals.SendToGroup(_process.Id, PosixSignals.Terminate);
            if (!await WaitForExitAsync(TimeSpan.FromSeconds(30)))
            {
                PosixSignals.SendToGroup(_process.Id, PosixSignals.Kill);
                await WaitForExitAsync(TimeSpan.FromSeconds(5));
            }
        }
        _process.Dispose();
        Directory.Delete(_workDir, recursive: true);
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
