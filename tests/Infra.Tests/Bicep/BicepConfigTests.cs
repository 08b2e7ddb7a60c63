namespace Livepeer.Infra.Tests.Bicep;

/// <summary>infra/bicep/bicepconfig.json turns the linter's warnings into errors, so nothing slips through as a warning.</summary>
public sealed class BicepConfigTests : IDisposable
{
    private const string Sloppy = """
        param unused string
        resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
          name: 'x'
          location: 'westeurope'
        }
        """;

    private readonly string _directory = Directory.CreateTempSubdirectory("bicepconfig-").FullName;

    [Fact]
    public async Task With_the_repository_config_an_unused_parameter_and_a_hard_coded_location_are_errors()
    {
        File.Copy(Path.Combine(InfraFiles.BicepDirectory, "bicepconfig.json"), Path.Combine(_directory, "bicepconfig.json"));
        var file = Write("sloppy.bicep");

        var run = await BicepCli.RunAsync("lint", file);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("Error no-unused-params", run.Output + run.Errors, StringComparison.Ordinal);
        Assert.Contains("Error no-hardcoded-location", run.Output + run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_it_the_same_file_only_warns()
    {
        var file = Write("sloppy.bicep");

        var run = await BicepCli.RunAsync("lint", file);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Warning no-unused-params", run.Output + run.Errors, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Write(string name)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, Sloppy);
        return path;
    }
}
