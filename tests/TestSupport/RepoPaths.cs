namespace Livepeer.TestSupport;

/// <summary>Locates the repository root (the folder holding Livepeer.Orleans.sln) and ../shared beside it.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> RootLazy = new(FindRoot);

    public static string Root => RootLazy.Value;

    /// <summary>The shared/ folder: beside the checkout (../shared), or inside it when a copy carries one.</summary>
    public static string Shared
    {
        get
        {
            foreach (var candidate in new[] { Path.Combine(Root, "..", "shared"), Path.Combine(Root, "shared") })
            {
                if (Directory.Exists(Path.Combine(candidate, "vectors")))
                {
                    return Path.GetFullPath(candidate);
                }
            }
            throw new DirectoryNotFoundException($"shared/vectors not found beside {Root}; the spec folder must be checked out as ../shared");
        }
    }

    public static string Vectors => Path.Combine(Shared, "vectors");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Livepeer.Orleans.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new DirectoryNotFoundException("Livepeer.Orleans.sln not found above " + AppContext.BaseDirectory);
    }
}
