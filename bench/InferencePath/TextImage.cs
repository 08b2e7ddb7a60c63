using System.Diagnostics;

namespace Livepeer.InferencePath;

/// <summary>Renders the benchmark's input (black text on white, DejaVu Sans Bold) with the ffmpeg CLI, once, before any timing.</summary>
internal static class TextImage
{
    public static byte[] Render(string text, int width, int height, int fontSize)
    {
        var output = Path.Combine(Path.GetTempPath(), $"lp-bench-{Guid.NewGuid():N}.png");
        var start = new ProcessStartInfo("ffmpeg") { RedirectStandardError = true };
        foreach (var argument in new[]
        {
            "-hide_banner", "-loglevel", "error", "-y", "-f", "lavfi", "-i", $"color=c=white:s={width}x{height}",
            "-vf", $"drawtext=fontfile=/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf:text='{text}':fontsize={fontSize}:fontcolor=black:x=(w-text_w)/2:y=(h-text_h)/2",
            "-frames:v", "1", output,
        })
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException("ffmpeg did not start");
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        try
        {
            return process.ExitCode == 0 ? File.ReadAllBytes(output) : throw new InvalidOperationException($"ffmpeg failed: {errors}");
        }
        finally
        {
            File.Delete(output);
        }
    }
}
