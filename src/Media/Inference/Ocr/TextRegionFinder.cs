namespace Livepeer.Media.Inference.Ocr;

/// <summary>
/// DB post-processing (Liao et al., "Real-time Scene Text Detection with Differentiable Binarization", as PaddleOCR runs it):
/// threshold the probability map, take 8-connected components, keep those whose box scores high enough, and grow each
/// box back out by the shrink the model was trained with (offset = area × ratio / perimeter). Boxes are axis-aligned:
/// horizontal text is what this pipeline reads.
/// </summary>
internal static class TextRegionFinder
{
    public const float Threshold = 0.3f;
    public const float BoxThreshold = 0.6f;
    public const float UnclipRatio = 1.5f;
    public const int MinSize = 3;
    public const int MaxCandidates = 1000;

    public static List<TextBox> Find(ReadOnlySpan<float> probabilities, int width, int height)
    {
        var boxes = new List<TextBox>();
        var visited = new bool[probabilities.Length];
        var stack = new Stack<int>();
        for (var start = 0; start < probabilities.Length && boxes.Count < MaxCandidates; start++)
        {
            if (visited[start] || probabilities[start] <= Threshold)
            {
                continue;
            }
            int minX = start % width, maxX = minX, minY = start / width, maxY = minY;
            visited[start] = true;
            stack.Push(start);
            while (stack.Count > 0)
            {
                var p = stack.Pop();
                int px = p % width, py = p / width;
                minX = Math.Min(minX, px);
                maxX = Math.Max(maxX, px);
                minY = Math.Min(minY, py);
                maxY = Math.Max(maxY, py);
                for (var ny = Math.Max(py - 1, 0); ny <= Math.Min(py + 1, height - 1); ny++)
                {
                    for (var nx = Math.Max(px - 1, 0); nx <= Math.Min(px + 1, width - 1); nx++)
                    {
                        var q = (ny * width) + nx;
                        if (!visited[q] && probabilities[q] > Threshold)
                        {
                            visited[q] = true;
                            stack.Push(q);
                        }
                    }
                }
            }

            float boxWidth = maxX - minX + 1, boxHeight = maxY - minY + 1;
            if (Math.Min(boxWidth, boxHeight) < MinSize)
            {
                continue;
            }
            var score = MeanOver(probabilities, width, minX, minY, maxX, maxY);
            if (score < BoxThreshold)
            {
                continue;
            }
            var offset = boxWidth * boxHeight * UnclipRatio / (2 * (boxWidth + boxHeight));
            if (Math.Min(boxWidth, boxHeight) + (2 * offset) < MinSize + 2)
            {
                continue;
            }
            boxes.Add(new TextBox(minX - offset, minY - offset, maxX + 1 + offset, maxY + 1 + offset, score));
        }
        return boxes;
    }

    private static float MeanOver(ReadOnlySpan<float> probabilities, int width, int minX, int minY, int maxX, int maxY)
    {
        double sum = 0;
        for (var y = minY; y <= maxY; y++)
        {
            foreach (var p in probabilities.Slice((y * width) + minX, maxX - minX + 1))
            {
                sum += p;
            }
        }
        return (float)(sum / ((maxX - minX + 1) * (maxY - minY + 1)));
    }
}
