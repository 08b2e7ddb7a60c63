using Livepeer.Media.Transcoding;

namespace Livepeer.Media.Interop;

/// <summary>Checks rendition profiles (with messages naming the profile) and maps them to lpm_profile.</summary>
internal static class ProfileMapping
{
    public const int MinSide = 2;
    public const int MaxSide = 8192;
    public const int MinBitrate = 1000;
    public const double MaxFps = 240;
    public const double MaxGopSeconds = 3600;

    /// <summary>Throws <see cref="MediaInputException"/> for the first problem of the first bad profile.</summary>
    public static void Validate(IReadOnlyList<TranscodeProfile> profiles)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        if (profiles.Count > LpmNative.MaxProfiles)
        {
            throw new MediaInputException($"{profiles.Count} renditions requested; at most {LpmNative.MaxProfiles} are allowed");
        }
        for (var i = 0; i < profiles.Count; i++)
        {
            var problem = Problem(profiles[i]);
            if (problem is not null)
            {
                var name = profiles[i] is { Name: { Length: > 0 } n } ? $"'{n}'" : $"#{i}";
                throw new MediaInputException($"bad rendition profile {name}: {problem}");
            }
        }
    }

    private static string? Problem(TranscodeProfile? profile)
    {
        if (profile is null)
        {
            return "it is missing (null)";
        }
        if (string.IsNullOrWhiteSpace(profile.Name))
        {
            return "the name is empty";
        }
        if (profile.Width is < MinSide or > MaxSide || profile.Height is < MinSide or > MaxSide)
        {
            return $"size {profile.Width}x{profile.Height} is out of range (each side {MinSide}..{MaxSide})";
        }
        if (profile.BitrateBps < MinBitrate)
        {
            return $"bitrate {profile.BitrateBps} bps is below the minimum of {MinBitrate} bps";
        }
        if (profile.FpsDenominator < 1)
        {
            return $"frame rate denominator {profile.FpsDenominator} must be at least 1";
        }
        if (profile.FpsNumerator < 0 || (double)profile.FpsNumerator / profile.FpsDenominator > MaxFps)
        {
            return $"frame rate {profile.FpsNumerator}/{profile.FpsDenominator} is out of range (0 keeps the source rate, at most {MaxFps})";
        }
        if (profile.FpsNumerator > 0 && (double)profile.FpsNumerator / profile.FpsDenominator < 1.0 / 60)
        {
            return $"frame rate {profile.FpsNumerator}/{profile.FpsDenominator} is below one frame per minute";
        }
        if (!Enum.IsDefined(profile.Profile))
        {
            return $"unknown H.264 profile {(int)profile.Profile}";
        }
        if (profile.GopSeconds is { } gop && (!double.IsFinite(gop) || gop < 0 || gop > MaxGopSeconds))
        {
            return $"GOP of {gop} seconds is out of range (0 for all-intra, up to {MaxGopSeconds})";
        }
        return null;
    }

    public static LpmProfile ToNative(TranscodeProfile profile) => new()
    {
        Width = profile.Width,
        Height = profile.Height,
        BitrateBps = profile.BitrateBps,
        FpsNumerator = profile.FpsNumerator,
        FpsDenominator = profile.FpsDenominator,
        H264Profile = (int)profile.Profile,
        GopMode = profile.GopSeconds switch
        {
            null => LpmProfile.GopDefault,
            0 => LpmProfile.GopIntra,
            _ => LpmProfile.GopSeconds,
        },
        GopSecondsValue = profile.GopSeconds ?? 0,
    };
}
