namespace Livepeer.Infra.Tests.Bicep;

/// <summary>What one bicep command did.</summary>
internal sealed record BicepRun(int ExitCode, string Output, string Errors)
{
    public override string ToString() => $"exit {ExitCode}\nstdout:\n{Output}\nstderr:\n{Errors}";
}
