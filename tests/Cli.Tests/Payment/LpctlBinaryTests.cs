using System.Diagnostics;
using Livepeer.TestSupport.Cli;

namespace Livepeer.Cli.Tests.Payment;

/// <summary>Runs the built lpctl.dll as a separate process, the way an operator would.</summary>
public sealed class LpctlBinaryTests
{
    [Fact]
    public async Task Built_binary_inspects_the_spec_header()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { LpctlBinary.Dll, "payment", "inspect", SpecHeader.Base64, "--json", "--recipient-rand", SpecHeader.RecipientRand })
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
