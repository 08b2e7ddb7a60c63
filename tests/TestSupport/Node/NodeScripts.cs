using System.ComponentModel;
using System.Diagnostics;
using Xunit;

namespace Livepeer.TestSupport.Node;

/// <summary>
/// Runs a test's JavaScript with Node.js and the packages in tools/node, input on stdin, result on stdout. A missing
/// node or package fails the test with instructions; nothing is skipped.
/// </summary>
public static class NodeScripts
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    /// <summary>Runs an ethers cross-check and blocks until it ends.</summary>
    /// <param name="script">the script's path from the repository root, e.g. tests/Chain.Tests/Node/abi-encode.cjs</param>
    public static string Run(string script, string stdin)
    {
        RequirePackage("ethers");
        using var process = Start(script, environment: null);
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
        return Finished(script, process, stdout.Result, stderr.Result);
    }

    /// <summary>
    /// Runs a script that talks to a server in this test process (a gRPC client, the AI SDK): nothing blocks while it
    /// runs, and it is killed if the test gives up on it.
    /// </summary>
    /// <param name="script">the script's path, from the repository root or absolute</param>
    /// <param name="package">the tools/node package the script needs, checked first for a clear failure</param>
    public static async Task<string> RunAsync(string script, string stdin, string package, IReadOnlyDictionary<string, string>? environment = null)
    {
        ArgumentNullException.ThrowIfNull(stdin);
        RequirePackage(package);
        using var process = Start(script, environment);
        await using var owned = new OwnedProcess(process);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(stdin).ConfigureAwait(false);
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"node {script} did not finish within {Timeout.TotalSeconds} s");
        }
        return Finished(script, process, await stdout.ConfigureAwait(false), await stderr.ConfigureAwait(false));
    }

    private static void RequirePackage(string package)
    {
        var manifest = Path.Combine(RepoPaths.Root, "tools", "node", "node_modules", package, "package.json");
        if (!File.Exists(manifest))
        {
            Assert.Fail($"{package} is not installed ({manifest} not found): run `npm install --prefix tools/node` in the repository root");
        }
    }

    private static Process Start(string script, IReadOnlyDictionary<string, string>? environment)
    {
        ArgumentNullException.ThrowIfNull(script);
        var path = Path.Combine(RepoPaths.Root, script);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"node script {path} is missing", path);
        }
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepoPaths.Root,
        };
        start.Environment["LP_REPO_ROOT"] = RepoPaths.Root;
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }
        start.ArgumentList.Add(path);
        try
        {
            return Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        }
        catch (Win32Exception e)
        {
            Assert.Fail($"Node.js is required to run {script} but `node` could not be started ({e.Message}); install Node.js 18 or later and put it on PATH");
            throw;
        }
    }

    private static string Finished(string script, Process process, string stdout, string stderr)
    {
        if (process.ExitCode != 0)
        {
            Assert.Fail($"node {script} exited with {process.ExitCode}: {stderr}");
        }
        return stdout;
    }
}
