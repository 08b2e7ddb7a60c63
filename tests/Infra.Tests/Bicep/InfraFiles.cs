using Livepeer.TestSupport;

namespace Livepeer.Infra.Tests.Bicep;

internal static class InfraFiles
{
    public static string BicepDirectory => System.IO.Path.Combine(RepoPaths.Root, "infra", "bicep");

    /// <summary>Every .bicep file, relative to infra/bicep (main.bicep and modules/*.bicep).</summary>
    public static IEnumerable<string> BicepFiles() =>
        Directory.EnumerateFiles(BicepDirectory, "*.bicep", SearchOption.AllDirectories)
            .Select(f => System.IO.Path.GetRelativePath(BicepDirectory, f))
            .Order(StringComparer.Ordinal);

    public static string Full(string relative) => System.IO.Path.Combine(BicepDirectory, relative);
}
