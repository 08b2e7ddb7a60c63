using System.Globalization;

namespace Livepeer.Protocol.Rpc;

/// <summary>
/// The semantic versions capability checks compare (go-livepeer uses Masterminds/semver with the
/// pre-release part dropped): an optional "v", one to three numeric parts, then anything after '-' or '+'
/// is ignored.
/// </summary>
public readonly record struct LooseSemVer(long Major, long Minor, long Patch) : IComparable<LooseSemVer>
{
    public static bool TryParse(string? text, out LooseSemVer version)
    {
        version = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        var core = text.Trim();
        if (core.StartsWith('v') || core.StartsWith('V'))
        {
            core = core[1..];
        }
        int cut = core.IndexOfAny(['-', '+']);
        if (cut >= 0)
        {
            core = core[..cut];
        }
        var parts = core.Split('.');
        if (parts.Length is < 1 or > 3)
        {
            return false;
        }
        var numbers = new long[3];
        for (int i = 0; i < parts.Length; i++)
        {
            if (parts[i].Length == 0 || !long.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i]))
            {
                return false;
            }
        }
        version = new LooseSemVer(numbers[0], numbers[1], numbers[2]);
        return true;
    }

    public int CompareTo(LooseSemVer other) =>
        Major != other.Major ? Major.CompareTo(other.Major)
        : Minor != other.Minor ? Minor.CompareTo(other.Minor)
        : Patch.CompareTo(other.Patch);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Major}.{Minor}.{Patch}");
}
