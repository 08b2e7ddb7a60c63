using System.Diagnostics;
using Livepeer.TestSupport;
using Livepeer.TestSupport.Cli;

namespace Livepeer.EndToEnd.Tests.Support;

/// <summary>The built lpctl binary run as its own process, the way an operator runs it.</summary>
public static class LpctlProcess
{
    public sealed record Result(int ExitCode, string Output, string Error)
    {
        public override string ToString() => $"exit {ExitCode}\nstdout:\n{Output}\nstderr:\n{Error}";
    }

    public static async Task<Result> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(LpctlBinary.Dll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        // Only what the test passes decides where lpctl goes.
        start.Environment.Remove("LPCTL_API");
        start.Environment.Remove("LPCTL_ADMIN_TOKEN");
        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await stdout, await stderr);
    }
}
