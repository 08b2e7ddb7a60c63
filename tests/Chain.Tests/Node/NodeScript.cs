using System.ComponentModel;
using System.Diagnostics;
using Livepeer.TestSupport;

namespace Livepeer.Chain.Tests.Node;

/// <summary>
/// Runs one of the scripts beside this file with Node.js and ethers (tools/node). A missing node or
/// ethers fails the test with instructions; nothing is skipped.
/// </summary>
internal static class NodeScript
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    public static string Run(string scriptName, string stdin)
    {
        var script = Path.Combine(RepoPaths.Root, "tests", "Chain.Tests", "Node", scriptName);
        if (!File.Exists(script))
        {
            throw new FileNotFoundException($"node script {script} is missing", script);
        }
        var ethers = Path.Combine(RepoPaths.Root, "tools", "node", "node_modules", "ethers", "package.json");
        if (!File.Exists(ethers))
        {
            Assert.Fail($"ethers is not installed ({ethers} not found): run `npm install --prefix tools/node` in the repository root");
        }

        var start = new ProcessStartInfo("node")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepoPaths.Root,
        };
        start.ArgumentList.Add(script);
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        }
        catch (Win32Exception e)
        {
            Assert.Fail($"Node.js is required for the ethers interop tests but `node` could not be started ({e.Message}); install Node.js 18 or later and put it on PATH");
            throw;
        }
        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            process.StandardInput.Write(stdin);
            process.StandardInput.Close();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"node {scriptName} did not finish within {Timeout.TotalSeconds} s");
            }
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                Assert.Fail($"node {scriptName} exited with {process.ExitCode}: {stderr.Result}");
            }
            return stdout.Result;
        }
    }
}
