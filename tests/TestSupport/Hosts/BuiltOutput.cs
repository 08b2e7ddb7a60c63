namespace Livepeer.TestSupport.Hosts;

/// <summary>Where a src project's build output lives, in the configuration this test assembly was built in.</summary>
public static class BuiltOutput
{
    /// <summary>
    /// src/{project}/bin/{configuration}/{tfm}/{file}. The project's own output, not a copy beside the tests: that one
    /// carries the project's deps.json and every assembly it needs on its own runtime.
    /// </summary>
    public static string Of(string project, string file)
    {
        // bin/<Configuration>/<tfm>/ of the test assembly names the configuration the hosts were built in.
        var tfmDir = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var path = Path.Combine(RepoPaths.Root, "src", project, "bin", tfmDir.Parent!.Name, tfmDir.Name, file);
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"{file} not found at {path}; build src/{project} in the same configuration as the tests", path);
    }
}
