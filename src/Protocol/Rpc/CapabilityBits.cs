namespace Livepeer.Protocol.Rpc;

/// <summary>
/// Capability bit strings (pm-protocol.md §9.4): capability c is bit c % 64 of word c / 64. Words are
/// kept exactly as sent, trailing zero words included, because go-livepeer compares word counts too.
/// </summary>
public static class CapabilityBits
{
    public static ulong[] Pack(IEnumerable<int> capabilities)
    {
        ArgumentNullException.ThrowIfNull(capabilities);
        var words = new List<ulong>();
        foreach (int capability in capabilities)
        {
            // go-livepeer skips Invalid (-2) and Unused (-1) when building a bit string.
            if (capability < 0)
            {
                continue;
            }
            int word = capability / 64;
            while (words.Count <= word)
            {
                words.Add(0);
            }
            words[word] |= 1UL << (capability % 64);
        }
        return [.. words];
    }

    public static SortedSet<int> Unpack(IEnumerable<ulong> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var capabilities = new SortedSet<int>();
        int index = 0;
        foreach (ulong word in words)
        {
            for (int bit = 0; bit < 64; bit++)
            {
                if ((word & (1UL << bit)) != 0)
                {
                    capabilities.Add((index * 64) + bit);
                }
            }
            index++;
        }
        return capabilities;
    }

    public static bool Has(IReadOnlyList<ulong> words, int capability)
    {
        ArgumentNullException.ThrowIfNull(words);
        int word = capability / 64;
        return capability >= 0 && word < words.Count && (words[word] & (1UL << (capability % 64))) != 0;
    }

    /// <summary>go-livepeer's CapabilityString.CompatibleWith: every bit of <paramref name="subset"/> is in <paramref name="superset"/>, and it has no more words.</summary>
    public static bool IsSubset(IReadOnlyList<ulong> subset, IReadOnlyList<ulong> superset)
    {
        ArgumentNullException.ThrowIfNull(subset);
        ArgumentNullException.ThrowIfNull(superset);
        if (subset.Count > superset.Count)
        {
            return false;
        }
        for (int i = 0; i < subset.Count; i++)
        {
            if ((subset[i] & superset[i]) != subset[i])
            {
                return false;
            }
        }
        return true;
    }
}
