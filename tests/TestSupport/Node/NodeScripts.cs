using System.ComponentModel;
using System.Diagnostics;
using Xunit;

namespace Livepeer.TestSupport.Node;

/// <summary>
/// Runs a test's JavaScript with Node.js and the ethers in tools/node, input on stdin, result on stdout. A missing
/// node or ethers fails the test with instructions; nothing is skipped.
/// </summary>
public static class NodeScripts
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    /// <param name="script">the script's path from the repository root, e.g. tests/Chain.Tests/Node/abi-encode.cjs</param>
    public static string Run(string script, string stdin)
    {
        ArgumentNullException.ThrowIfNull(script);
        ArgumentNullException.ThrowIfNull(stdin);
        var path = Path.Combine(RepoPaths.Root, script);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"node script {path} is missing", path);
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
        start.ArgumentList.Add(path);
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        }
        catch (Win32Exception e)
        {
            Assert.Fail($"Node.js is required for the ethers cross-checks but `node` could not be started ({e.Message}); install Node.js 18 or later and put it on PATH");
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
                Assert.Fail($"node {script} did not finish within {Timeout.TotalSeconds} s");
            }
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                Assert.Fail($"node {script} exited with {process.ExitCode}: {stderr.Result}");
            }
            return stdout.Result;
        }
    }
}
