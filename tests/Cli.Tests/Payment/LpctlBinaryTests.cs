using System.Diagnostics;
using Livepeer.TestSupport;

namespace Livepeer.Cli.Tests.Payment;

/// <summary>Runs the built lpctl.dll as a separate process, the way an operator would.</summary>
public sealed class LpctlBinaryTests
{
    private static string LpctlDll()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "lpctl.dll");
        if (File.Exists(beside) && File.Exists(Path.Combine(AppContext.BaseDirectory, "lpctl.runtimeconfig.json")))
        {
            return beside;
        }
        // bin/<Configuration>/<tfm>/ of this test assembly names the configuration the CLI was built in.
        var tfmDir = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = tfmDir.Parent!.Name;
        var built = Path.Combine(RepoPaths.Root, "src", "Cli", "bin", configuration, tfmDir.Name, "lpctl.dll");
        Assert.True(File.Exists(built), $"lpctl.dll not found at {built}");
        return built;
    }

    [Fact]
    public async Task Built_binary_inspects_the_spec_header()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { LpctlDll(), "payment", "inspect", SpecHeader.Base64, "--json", "--recipient-rand", SpecHeader.RecipientRand })
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"exit {process.ExitCode}: {await stderr}");
        var output = await stdout;
        Assert.Contains($"\"ticketHash\":\"{SpecHeader.TicketHash}\"", output);
        Assert.Contains("\"signatureValid\":true,\"wins\":false", output);
    }
}
