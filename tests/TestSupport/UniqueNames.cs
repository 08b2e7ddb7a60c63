namespace Livepeer.TestSupport;

/// <summary>Names that no other test (or earlier run against the same emulator) uses.</summary>
public static class UniqueNames
{
    /// <summary>A valid Azure table name: <paramref name="prefix"/> (letters/digits, starting with a letter) plus 32 hex digits.</summary>
    public static string Table(string prefix = "t")
    {
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        if (!char.IsAsciiLetter(prefix[0]) || !prefix.All(char.IsAsciiLetterOrDigit) || prefix.Length > 31)
        {
            throw new ArgumentException($"Table name prefix '{prefix}' must be 1-31 ASCII letters or digits starting with a letter.", nameof(prefix));
        }
        return prefix + Guid.NewGuid().ToString("N");
    }

    /// <summary>An identifier such as a cluster id or grain key: <paramref name="prefix"/> + "-" + 32 hex digits.</summary>
    public static string Id(string prefix = "id") => $"{prefix}-{Guid.NewGuid():N}";
}
