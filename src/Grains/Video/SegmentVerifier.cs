using System.Globalization;
using Livepeer.Media;
using Livepeer.Media.Transcoding;
using Livepeer.Protocol.Video;
using Microsoft.Extensions.Options;

namespace Livepeer.Grains.Video;

/// <summary>
/// Fast verification (issue 5, after go-livepeer's verifier): an untrusted orchestrator's renditions are
/// decoded and compared with a trusted orchestrator's of the same segment — the decoded pixel counts (and the
/// pixels the untrusted one charged) and a perceptual signature per rendition.
/// </summary>
public sealed class SegmentVerifier(ISegmentInspector inspector, IOptions<StreamOptions> options)
{
    /// <summary>Null when <paramref name="candidate"/> matches <paramref name="trusted"/>, else what differs.</summary>
    public async Task<string?> MismatchAsync(TranscodedSegment candidate, TranscodedSegment trusted, SegmentFormat format, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(trusted);
        if (candidate.Renditions.Count != trusted.Renditions.Count)
        {
            return Invariant($"{candidate.Renditions.Count} renditions, the trusted orchestrator made {trusted.Renditions.Count}");
        }
        var container = format == SegmentFormat.Mp4 ? SegmentContainer.Mp4 : SegmentContainer.MpegTs;
        var tolerance = options.Value.PixelTolerance;
        for (int i = 0; i < candidate.Renditions.Count; i++)
        {
            var mine = candidate.Renditions[i];
            var theirs = trusted.Renditions[i];
            SegmentInfo decoded, reference;
            try
            {
                decoded = await inspector.InspectAsync(mine.Data, container, cancellationToken);
            }
            catch (MediaInputException e)
            {
                return $"rendition \"{mine.Name}\" cannot be decoded: {e.Message}";
            }
            reference = await inspector.InspectAsync(theirs.Data, container, cancellationToken);
            if (!Close(decoded.Pixels, mine.Pixels, tolerance))
            {
                return Invariant($"rendition \"{mine.Name}\" was charged as {mine.Pixels} pixels but decodes to {decoded.Pixels}");
            }
            if (!Close(decoded.Pixels, reference.Pixels, tolerance))
            {
                return Invariant($"rendition \"{mine.Name}\" decodes to {decoded.Pixels} pixels, the trusted orchestrator's to {reference.Pixels}");
            }
            double distance = SegmentSignature.Distance(decoded.Signature, reference.Signature);
            if (!(distance <= options.Value.SignatureThreshold))
            {
                return Invariant($"rendition \"{mine.Name}\" does not show the trusted orchestrator's picture (signature distance {distance:0.##}, at most {options.Value.SignatureThreshold:0.##})");
            }
        }
        return null;
    }

    private static bool Close(long a, long b, double tolerance) =>
        a == b || Math.Abs(a - b) <= tolerance * Math.Max(Math.Abs(a), Math.Abs(b));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
