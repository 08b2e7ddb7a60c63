namespace Livepeer.TestSupport.Cli;

/// <summary>Where the built lpctl.dll lives, for tests that run it as its own process like an operator does.</summary>
public static class LpctlBinary
{
    /// <summary>
    /// src/Cli's own output, in the configuration this test assembly was built in. Not the copy beside the
    /// tests: a test project that references ASP.NET Core drops package assemblies the framework also ships
    /// (Microsoft.Extensions.Logging.Abstractions), which lpctl, running on the plain .NET runtime, needs.
    /// </summary>
    public static string Dll
    {
        get
        {
            // bin/<Configuration>/<tfm>/ of the test assembly names the configuration lpctl was built in.
            var tfmDir = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var built = Path.Combine(RepoPaths.Root, "src", "Cli", "bin", tfmDir.Parent!.Name, tfmDir.Name, "lpctl.dll");
            if (!File.Exists(built))
            {
                throw new FileNotFoundException($"lpctl.dll not found at {built}; build src/Cli in the same configuration as the tests", built);
            }
            return built;
        }
    }
}
