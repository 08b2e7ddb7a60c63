using Livepeer.Protocol.Tickets;

namespace Livepeer.Protocol.Rpc;

/// <summary>
/// A received SegData as the orchestrator uses it (go-livepeer coreSegMetadata): the profiles of the
/// first non-empty of fullProfiles3, fullProfiles2, fullProfiles, each checked; the duration (0 means
/// 2 s, at most 5 min); the job's capabilities. The legacy <c>profiles</c> bytes are not read.
/// </summary>
public sealed record SegmentMetadata(
    ReadOnlyMemory<byte> ManifestId,
    long Seq,
    Hash32 Hash,
    IReadOnlyList<VideoProfile> Profiles,
    TimeSpan Duration,
    Capabilities? Capabilities,
    AuthToken? AuthToken,
    bool CalcPerceptualHash,
    SegParameters? Clip,
    bool ForceSessionReinit)
{
    public const string ErrFormat = "unrecognized profile output format";
    public const string ErrProfile = "unrecognized encoder profile";
    public const string ErrEncoder = "unrecognized video codec";
    public const string ErrDuration = "invalid duration";

    public static readonly TimeSpan DefaultDuration = TimeSpan.FromSeconds(2);
    public static readonly TimeSpan MaxDuration = TimeSpan.FromMinutes(5);

    /// <summary>Checks <paramref name="segData"/>; throws <see cref="WireFormatException"/> with go-livepeer's text for a bad profile or duration.</summary>
    public static SegmentMetadata From(SegData segData)
    {
        ArgumentNullException.ThrowIfNull(segData);
        var profiles = segData.FullProfiles3.Count > 0 ? segData.FullProfiles3
            : segData.FullProfiles2.Count > 0 ? segData.FullProfiles2
            : segData.FullProfiles;
        foreach (var profile in profiles)
        {
            if (!Enum.IsDefined(profile.Format))
            {
                throw WireFormatException.WithText("fullProfiles.format", ErrFormat);
            }
            if (!Enum.IsDefined(profile.Profile))
            {
                throw WireFormatException.WithText("fullProfiles.profile", ErrProfile);
            }
            if (!Enum.IsDefined(profile.Encoder))
            {
                throw WireFormatException.WithText("fullProfiles.encoder", ErrEncoder);
            }
        }
        var duration = TimeSpan.FromMilliseconds(segData.Duration);
        if (duration < TimeSpan.Zero || duration > MaxDuration)
        {
            throw WireFormatException.WithText("duration", ErrDuration);
        }
        return new SegmentMetadata(
            segData.ManifestId.Memory,
            segData.Seq,
            GoBytes.ToHash(segData.Hash),
            [.. profiles],
            duration == TimeSpan.Zero ? DefaultDuration : duration,
            segData.Capabilities,
            segData.AuthToken,
            segData.CalcPerceptualHash,
            segData.SegmentParameters,
            segData.ForceSessionReinit);
    }
}
