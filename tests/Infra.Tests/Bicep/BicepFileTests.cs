namespace Livepeer.Infra.Tests.Bicep;

/// <summary>Every bicep file builds and lints with nothing to say: no error, no warning, no info.</summary>
public sealed class BicepFileTests
{
    public static TheoryData<string> Files() => [.. InfraFiles.BicepFiles()];

    [Fact]
    public void The_templates_are_main_and_its_modules()
    {
        var files = InfraFiles.BicepFiles().ToList();

        Assert.Contains("main.bicep", files);
        Assert.All(files.Where(f => f != "main.bicep"), f => Assert.StartsWith("modules", f, StringComparison.Ordinal));
        Assert.True(files.Count >= 8, $"expected main.bicep and its modules, found: {string.Join(", ", files)}");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Builds_without_a_diagnostic(string file)
    {
        var run = await BicepCli.RunAsync("build", InfraFiles.Full(file), "--stdout");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(run.Errors.Trim().Length == 0, run.ToString());
        Assert.StartsWith("{", run.Output.TrimStart(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Lints_without_a_diagnostic(string file)
    {
        var run = await BicepCli.RunAsync("lint", InfraFiles.Full(file));

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True((run.Output + run.Errors).Trim().Length == 0, run.ToString());
    }
}
