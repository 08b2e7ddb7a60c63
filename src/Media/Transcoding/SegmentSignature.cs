namespace Livepeer.Media.Transcoding;

/// <summary>
/// Compares the perceptual signatures in <see cref="SegmentInfo.Signature"/>: version 1 holds up to 8
/// thumbnails (16×16 mean luma, limited range) of frames sampled evenly over the segment. Renditions of
/// one source differ by a few levels; different pictures by tens.
/// </summary>
public static class SegmentSignature
{
    /// <summary>Below this distance two signatures show the same content.</summary>
    public const double DefaultMatchThreshold = 12.0;

    private const byte Version = 1;
    private const int HeaderBytes = 3;

    /// <summary>
    /// Mean absolute difference of the thumbnails' cells (0..255), pairing thumbnails by their position in
    /// the segment. Both empty (no video): 0. One empty, or malformed: +∞.
    /// </summary>
    public static double Distance(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        if (a.IsEmpty && b.IsEmpty)
        {
            return 0;
        }
        if (!TryRead(a, out var countA, out var cells) || !TryRead(b, out var countB, out var cellsB) || cells != cellsB)
        {
            return double.PositiveInfinity;
        }
        var thumbsA = a[HeaderBytes..];
        var thumbsB = b[HeaderBytes..];
        long total = 0;
        for (var i = 0; i < countA; i++)
        {
            // The thumbnail of b nearest to the same relative position (counts differ when rates differ).
            var j = (int)Math.Min(countB - 1, (((2L * i) + 1) * countB) / (2L * countA));
            var x = thumbsA.Slice(i * cells, cells);
            var y = thumbsB.Slice(j * cells, cells);
            for (var c = 0; c < cells; c++)
            {
                total += Math.Abs(x[c] - y[c]);
            }
        }
        return (double)total / ((long)countA * cells);
    }

    /// <summary>Whether <paramref name="a"/> and <paramref name="b"/> show the same content.</summary>
    public static bool IsMatch(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, double threshold = DefaultMatchThreshold)
    {
        return Distance(a, b) <= threshold;
    }

    private static bool TryRead(ReadOnlySpan<byte> signature, out int count, out int cells)
    {
        count = 0;
        cells = 0;
        if (signature.Length < HeaderBytes || signature[0] != Version || signature[1] == 0 || signature[2] == 0)
        {
            return false;
        }
        count = signature[1];
        cells = signature[2] * signature[2];
        return signature.Length == HeaderBytes + (count * cells);
    }
}
