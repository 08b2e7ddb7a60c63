using System.Collections.Concurrent;
using System.Diagnostics;

namespace Livepeer.Media.Tests.Imaging;

/// <summary>The system ffmpeg CLI as an independent image source and reference decoder for tests (never in the product's hot path).</summary>
internal static class Ffmpeg
{
    public const string BoldFont = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";

    /// <summary>Black text on white, centred; one drawtext per line, <paramref name="fontSize"/> px. <paramref name="extension"/> picks the encoder (png, jpg).</summary>
    public static Task<byte[]> RenderTextAsync(string[] lines, int width, int height, int fontSize, string extension)
    {
        var lineHeight = height / lines.Length;
        var filters = lines.Select((line, i) =>
            $"drawtext=fontfile={BoldFont}:text='{line}':fontsize={fontSize}:fontcolor=black:x=(w-text_w)/2:y={(i * lineHeight) + (lineHeight / 2)}-text_h/2");
        return RunToFileAsync(extension, ["-f", "lavfi", "-i", $"color=c=white:s={width}x{height}", "-vf", string.Join(',', filters), "-frames:v", "1"]);
    }

    /// <summary>ffmpeg's testsrc pattern (colour bars, a gradient, digits; any size) as one image in <paramref name="pixelFormat"/>.</summary>
    public static Task<byte[]> TestPatternAsync(int width, int height, string pixelFormat, string extension, params string[] encoderOptions) =>
        RunToFileAsync(extension, ["-f", "lavfi", "-i", $"testsrc=s={width}x{height}", "-frames:v", "1", "-pix_fmt", pixelFormat, .. encoderOptions]);

    /// <summary>ffmpeg's gradients source (smooth colour ramps, no hard edges) as one image in <paramref name="pixelFormat"/>.</summary>
    public static Task<byte[]> GradientAsync(int width, int height, string pixelFormat, string extension, params string[] encoderOptions) =>
        RunToFileAsync(extension, ["-f", "lavfi", "-i", $"gradients=s={width}x{height}:seed=7", "-frames:v", "1", "-pix_fmt", pixelFormat, .. encoderOptions]);

    /// <summary>A single-colour image; <paramref name="color"/> in ffmpeg syntax, e.g. <c>black@0.5</c> for half-transparent black.</summary>
    public static Task<byte[]> SolidAsync(string color, int width, int height, string pixelFormat, string extension) =>
        RunToFileAsync(extension, ["-f", "lavfi", "-i", $"color=c={color}:s={width}x{height},format={pixelFormat}", "-frames:v", "1", "-pix_fmt", pixelFormat]);

    /// <summary>ffmpeg's own decode of an image file to raw RGB24, for comparison.</summary>
    public static async Task<byte[]> DecodeToRgbAsync(byte[] image, string extension)
    {
        var input = Path.Combine(Path.GetTempPath(), $"lp-media-{Guid.NewGuid():N}.{extension}");
        await File.WriteAllBytesAsync(input, image);
        try
        {
            return await RunAsync("rgb", ["-i", input, "-f", "rawvideo", "-pix_fmt", "rgb24"]);
        }
        finally
        {
            File.Delete(input);
        }
    }

    private static readonly ConcurrentDictionary<string, Task<byte[]>> Made = new();

    /// <summary>Each distinct output is made once per test run (ffmpeg starts slowly on a busy machine); callers get their own copy.</summary>
    private static async Task<byte[]> RunToFileAsync(string extension, string[] arguments)
    {
        var made = Made.GetOrAdd(extension + "\0" + string.Join('\0', arguments), _ => RunAsync(extension, arguments));
        return (await made).ToArray();
    }

    private static async Task<byte[]> RunAsync(string extension, string[] arguments)
    {
        var output = Path.Combine(Path.GetTempPath(), $"lp-media-{Guid.NewGuid():N}.{extension}");
        var start = new ProcessStartInfo("ffmpeg") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in (string[])["-hide_banner", "-loglevel", "error", "-y", .. arguments, output])
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException("ffmpeg did not start");
        var errors = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        try
        {
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"ffmpeg {string.Join(' ', arguments)} failed ({process.ExitCode}): {await errors}");
            }
            return await File.ReadAllBytesAsync(output);
        }
        finally
        {
            File.Delete(output);
        }
    }
}
