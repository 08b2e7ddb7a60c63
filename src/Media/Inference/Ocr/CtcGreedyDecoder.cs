namespace Livepeer.Media.Inference.Ocr;

/// <summary>
/// Best-path CTC decoding of a recogniser's [T, C] class probabilities: the most likely class per time step, repeats
/// merged, blanks dropped. Class 0 is the blank, 1..n the key list in file order, n + 1 a space (PaddleOCR's layout).
/// </summary>
/// <remarks>
/// Spaces: the Chinese-trained recogniser rarely lets the space class win a step, even over a clear word gap, where it
/// still rises well above its near-zero level between letters (measured 0.15 to 0.4 over gaps, under 0.003 inside
/// words). So a blank step whose space probability reaches <see cref="SpaceThreshold"/> counts as a space too; spaces are
/// only put between characters, never leading, trailing or doubled.
/// </remarks>
internal static class CtcGreedyDecoder
{
    public const float SpaceThreshold = 0.1f;

    /// <returns>the text and the mean probability of its non-space characters (0 when there are none)</returns>
    public static (string Text, float Confidence) Decode(ReadOnlySpan<float> probabilities, int steps, int classes, IReadOnlyList<string> keys)
    {
        var space = keys.Count + 1;
        var text = new System.Text.StringBuilder();
        double sum = 0;
        var kept = 0;
        var previous = -1;
        var spacePending = false;
        for (var t = 0; t < steps; t++)
        {
            var row = probabilities.Slice(t * classes, classes);
            var best = 0;
            for (var c = 1; c < classes; c++)
            {
                if (row[c] > row[best])
                {
                    best = c;
                }
            }
            if (best == space || (best == 0 && space < classes && row[space] >= SpaceThreshold))
            {
                spacePending = true;
            }
            else if (best != 0 && best != previous)
            {
                if (spacePending && kept > 0)
                {
                    text.Append(' ');
                }
                spacePending = false;
                text.Append(keys[best - 1]);
                sum += row[best];
                kept++;
            }
            previous = best;
        }
        return (text.ToString(), kept == 0 ? 0f : (float)(sum / kept));
    }
}
