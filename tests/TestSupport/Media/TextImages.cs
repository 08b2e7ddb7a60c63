using System.Globalization;

namespace Livepeer.TestSupport.Media;

/// <summary>PNG images of black text on white (DejaVu Sans Bold), rendered by ffmpeg's drawtext, for OCR tests.</summary>
public static class TextImages
{
    public const string Font = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";

    /// <param name="text">letters, digits and spaces (no quoting is done)</param>
    public static Task<byte[]> PngAsync(string text, int width = 360, int height = 80, int fontSize = 40)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.All(c => char.IsAsciiLetterOrDigit(c) || c == ' '))
        {
            throw new ArgumentException($"only letters, digits and spaces are rendered, got '{text}'", nameof(text));
        }
        return TestClips.MakeAsync("png", string.Create(CultureInfo.InvariantCulture,
            $"-f lavfi -i color=c=white:s={width}x{height} -vf \"drawtext=fontfile={Font}:text='{text}':fontsize={fontSize}:fontcolor=black:x=(w-text_w)/2:y=(h-text_h)/2\" -frames:v 1"));
    }

    /// <summary>A PNG of a colour test pattern, for pipelines that only need some image.</summary>
    public static Task<byte[]> PatternAsync(int width, int height) =>
        TestClips.MakeAsync("png", string.Create(CultureInfo.InvariantCulture, $"-f lavfi -i testsrc2=s={width}x{height} -frames:v 1"));
}
