using Livepeer.TestSupport.Hosts;

namespace Livepeer.TestSupport.Cli;

/// <summary>Where the built lpctl.dll lives, for tests that run it as its own process like an operator does.</summary>
public static class LpctlBinary
{
    /// <summary>
    /// src/Cli's own output. Not the copy beside the tests: a test project that references ASP.NET Core drops package
    /// assemblies the framework also ships (Microsoft.Extensions.Logging.Abstractions), which lpctl, running on the
    /// plain .NET runtime, needs.
    /// </summary>
    public static string Dll => BuiltOutput.Of("Cli", "lpctl.dll");
}
