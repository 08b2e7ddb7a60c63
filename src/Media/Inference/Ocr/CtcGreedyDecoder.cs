namespace Livepeer.Media.Inference.Ocr;

/// <summary>
/// Best-path CTC decoding of a recogniser's [T, C] class probabilities: the most likely class per time step, repeats
/// merged, blanks dropped. Class 0 is the blank, 1..n the key list in file order, n + 1 a space (PaddleOCR's layout).
/// </summary>
internal static class CtcGreedyDecoder
{
    /// <returns>the text and the mean probability of its characters (0 when empty)</returns>
    public static (string Text, float Confidence) Decode(ReadOnlySpan<float> probabilities, int steps, int classes, IReadOnlyList<string> keys)
    {
        var text = new System.Text.StringBuilder();
        double sum = 0;
        var kept = 0;
        var previous = -1;
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
            if (best != 0 && best != previous)
            {
                text.Append(best <= keys.Count ? keys[best - 1] : " ");
                sum += row[best];
                kept++;
            }
            previous = best;
        }
        return (text.ToString(), kept == 0 ? 0f : (float)(sum / kept));
    }
}
