using System.Globalization;
using Livepeer.Media.Transcoding;
using Livepeer.Protocol.Crypto;

namespace Livepeer.Grains.Video;

/// <summary>How stream grains handle pushed segments (section <c>Livepeer:Video</c>).</summary>
public sealed class StreamOptions
{
    public const string SectionName = "Livepeer:Video";

    /// <summary>A stream with no push for this long ends (go-livepeer's 60 s httpPushTimeout); its playlists get EXT-X-ENDLIST.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Orchestrators (ETH addresses) trusted to check others when a stream asks for verification
    /// (verificationFreq &gt; 0); every other orchestrator is untrusted. Empty: no verification is possible.
    /// </summary>
    public List<string> TrustedOrchestrators { get; set; } = [];

    /// <summary>Largest perceptual-signature distance at which a rendition still matches the trusted one.</summary>
    public double SignatureThreshold { get; set; } = SegmentSignature.DefaultMatchThreshold;

    /// <summary>How far (as a fraction) a rendition's pixel count may differ from the trusted one's and from what its orchestrator charged.</summary>
    public double PixelTolerance { get; set; }

    /// <summary>How long a stream reuses a directory snapshot before asking for a fresh one.</summary>
    public TimeSpan DirectoryCacheTime { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Shortest per-segment timeout (go-livepeer: max(8 s, 4 × duration), × timeoutMultiplier).</summary>
    public TimeSpan MinSegmentTimeout { get; set; } = TimeSpan.FromSeconds(8);

    /// <summary>The trusted addresses, parsed (call after validation).</summary>
    public IReadOnlySet<EthAddress> Trusted() => TrustedOrchestrators.Select(EthAddress.Parse).ToHashSet();

    public IReadOnlyList<string> Errors()
    {
        var errors = new List<string>();
        if (IdleTimeout <= TimeSpan.Zero)
        {
            errors.Add($"{SectionName}:IdleTimeout must be positive, got {IdleTimeout}");
        }
        for (int i = 0; i < TrustedOrchestrators.Count; i++)
        {
            if (!EthAddress.TryParse(TrustedOrchestrators[i], out _, out var error))
            {
                errors.Add(string.Create(CultureInfo.InvariantCulture, $"{SectionName}:TrustedOrchestrators[{i}]: {error}"));
            }
        }
        if (!double.IsFinite(SignatureThreshold) || SignatureThreshold < 0)
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"{SectionName}:SignatureThreshold must be a finite number, 0 or more, got {SignatureThreshold}"));
        }
        if (!double.IsFinite(PixelTolerance) || PixelTolerance is < 0 or > 1)
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"{SectionName}:PixelTolerance must be between 0 and 1, got {PixelTolerance}"));
        }
        if (DirectoryCacheTime < TimeSpan.Zero)
        {
            errors.Add($"{SectionName}:DirectoryCacheTime must not be negative, got {DirectoryCacheTime}");
        }
        if (MinSegmentTimeout <= TimeSpan.Zero)
        {
            errors.Add($"{SectionName}:MinSegmentTimeout must be positive, got {MinSegmentTimeout}");
        }
        return errors;
    }
}
