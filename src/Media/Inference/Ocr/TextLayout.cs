namespace Livepeer.Media.Inference.Ocr;

/// <summary>Puts read regions in reading order: lines top to bottom, regions on a line left to right joined by a space, lines by '\n'.</summary>
internal static class TextLayout
{
    public static string Join(IEnumerable<RecognizedText> regions)
    {
        var lines = new List<List<RecognizedText>>();
        foreach (var region in regions.OrderBy(r => r.Box.CenterY))
        {
            // Same line: the region's vertical centre falls inside the line's first region.
            var line = lines.Count > 0 ? lines[^1] : null;
            if (line is not null && region.Box.CenterY >= line[0].Box.Y0 && region.Box.CenterY <= line[0].Box.Y1)
            {
                line.Add(region);
            }
            else
            {
                lines.Add([region]);
            }
        }
        return string.Join('\n', lines.Select(l => string.Join(' ', l.OrderBy(r => r.Box.X0).Select(r => r.Text.Trim()))));
    }
}
