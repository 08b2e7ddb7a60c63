using System.Globalization;
using System.Text.Json;

namespace Livepeer.TestSupport.Media;

/// <summary>What ffprobe says about a file or URL: its first video stream and the container duration.</summary>
public sealed record ProbedMedia(int Width, int Height, double FramesPerSecond, double DurationSeconds, int VideoFrames, string VideoCodec, bool HasAudio)
{
    /// <summary>Probes <paramref name="target"/> (a path or an http URL; playlists included) with the system ffprobe.</summary>
    public static async Task<ProbedMedia> ProbeAsync(string target, bool countFrames = false)
    {
        var count = countFrames ? "-count_frames " : "";
        var json = await TestClips.RunAsync("ffprobe", $"-v error {count}-print_format json -show_streams -show_format \"{target}\"").ConfigureAwait(false);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        int width = 0, height = 0, frames = 0;
        double fps = 0;
        string codec = "";
        bool audio = false;
        foreach (var stream in root.GetProperty("streams").EnumerateArray())
        {
            var type = stream.GetProperty("codec_type").GetString();
            if (type == "audio")
            {
                audio = true;
            }
            if (type != "video" || codec.Length > 0)
            {
                continue;
            }
            codec = stream.GetProperty("codec_name").GetString() ?? "";
            width = stream.GetProperty("width").GetInt32();
            height = stream.GetProperty("height").GetInt32();
            fps = Rate(stream.TryGetProperty("avg_frame_rate", out var avg) ? avg.GetString() : null);
            if (fps == 0)
            {
                fps = Rate(stream.TryGetProperty("r_frame_rate", out var r) ? r.GetString() : null);
            }
            if (stream.TryGetProperty("nb_read_frames", out var read) && int.TryParse(read.GetString(), CultureInfo.InvariantCulture, out int n))
            {
                frames = n;
            }
        }
        double duration = 0;
        if (root.TryGetProperty("format", out var format) && format.TryGetProperty("duration", out var d))
        {
            double.TryParse(d.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out duration);
        }
        return new ProbedMedia(width, height, fps, duration, frames, codec, audio);
    }

    /// <summary>Probes bytes by writing them to a temporary file of <paramref name="extension"/>.</summary>
    public static async Task<ProbedMedia> ProbeAsync(byte[] data, string extension, bool countFrames = false)
    {
        ArgumentNullException.ThrowIfNull(data);
        var path = Path.Combine(Path.GetTempPath(), $"probe-{Guid.NewGuid():N}{extension}");
        await File.WriteAllBytesAsync(path, data).ConfigureAwait(false);
        try
        {
            return await ProbeAsync(path, countFrames).ConfigureAwait(false);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static double Rate(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return 0;
        }
        var parts = text.Split('/');
        if (parts.Length == 2
            && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out double num)
            && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double den)
            && den != 0)
        {
            return num / den;
        }
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) ? value : 0;
    }
}
