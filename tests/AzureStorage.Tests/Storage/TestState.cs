namespace Livepeer.AzureStorage.Tests.Storage;

/// <summary>State used by the storage contract tests: value equality, and a parameterless constructor for the default instance.</summary>
public sealed record TestState
{
    public string A { get; set; } = string.Empty;

    public int B { get; set; }

    public long C { get; set; }
}
