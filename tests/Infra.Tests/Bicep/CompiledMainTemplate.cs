namespace Livepeer.Infra.Tests.Bicep;

/// <summary>main.bicep compiled once for a test class (a bicep run takes seconds).</summary>
public sealed class CompiledMainTemplate
{
    private readonly Lazy<Task<string>> _json = new(async () =>
    {
        var run = await BicepCli.RunAsync("build", InfraFiles.Full("main.bicep"), "--stdout");
        return run.ExitCode == 0 ? run.Output : throw new InvalidOperationException($"bicep build main.bicep failed: {run}");
    });

    public Task<string> JsonAsync() => _json.Value;
}
