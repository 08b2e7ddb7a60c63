namespace Livepeer.Media.Inference.Ocr;

/// <summary>
/// Joins regions that sit side by side on one line (words of a phrase) into one region before recognition. Each word's
/// box is grown by the DB unclip, so neighbouring words' boxes overlap and a separate crop of each would include a slice of
/// its neighbour's glyphs; read as one line, the gap between them becomes a space instead (<see cref="CtcGreedyDecoder"/>).
/// </summary>
internal static class TextLineMerger
{
    /// <summary>Regions merge when they overlap vertically by half the shorter height and are closer than this many heights.</summary>
    public const float MaxGapInHeights = 0.6f;

    public static List<TextBox> Merge(IReadOnlyList<TextBox> boxes)
    {
        var merged = boxes.OrderBy(b => b.X0).ToList();
        bool changed;
        do
        {
            changed = false;
            for (var i = 0; i < merged.Count && !changed; i++)
            {
                for (var j = i + 1; j < merged.Count && !changed; j++)
                {
                    if (SameLine(merged[i], merged[j]))
                    {
                        var (a, b) = (merged[i], merged[j]);
                        merged[i] = new TextBox(Math.Min(a.X0, b.X0), Math.Min(a.Y0, b.Y0), Math.Max(a.X1, b.X1), Math.Max(a.Y1, b.Y1), Math.Max(a.Score, b.Score));
                        merged.RemoveAt(j);
                        changed = true;
                    }
                }
            }
        }
        while (changed);
        return merged;
    }

    private static bool SameLine(TextBox a, TextBox b)
    {
        var height = Math.Min(a.Height, b.Height);
        var overlap = Math.Min(a.Y1, b.Y1) - Math.Max(a.Y0, b.Y0);
        var gap = Math.Max(a.X0, b.X0) - Math.Min(a.X1, b.X1);
        return overlap >= height / 2 && gap < height * MaxGapInHeights;
    }
}
