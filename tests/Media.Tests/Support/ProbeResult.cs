using System.Text.Json;

namespace Livepeer.Media.Tests.Support;

/// <summary>What ffprobe says about a media file: its streams (frames counted by decoding) and duration.</summary>
public sealed record ProbeResult(string FormatName, double DurationSeconds, IReadOnlyList<ProbeStream> Streams)
{
    public ProbeStream Video => Streams.Single(s => s.CodecType == "video");

    public bool HasAudio => Streams.Any(s => s.CodecType == "audio");

    public static async Task<ProbeResult> OfAsync(byte[] data, string extension)
    {
        var path = Path.Combine(Path.GetTempPath(), $"lpm-probe-{Guid.NewGuid():N}{extension}");
        await File.WriteAllBytesAsync(path, data);
        try
        {
            return await OfFileAsync(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    public static async Task<ProbeResult> OfFileAsync(string path)
    {
        var json = await MediaTool.RunAsync(
            "ffprobe", "-v", "error", "-count_frames",
            "-show_entries", "stream=index,codec_type,codec_name,profile,width,height,r_frame_rate,nb_read_frames:format=duration,format_name",
            "-of", "json", path);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var format = root.GetProperty("format");
        var streams = root.GetProperty("streams").EnumerateArray().Select(ProbeStream.From).ToList();
        return new ProbeResult(
            format.GetProperty("format_name").GetString() ?? string.Empty,
            double.Parse(format.GetProperty("duration").GetString() ?? "0", System.Globalization.CultureInfo.InvariantCulture),
            streams);
    }

    /// <summary>Flags of every video packet (K marks a key frame).</summary>
    public static async Task<IReadOnlyList<string>> VideoPacketFlagsAsync(byte[] data, string extension)
    {
        var path = Path.Combine(Path.GetTempPath(), $"lpm-probe-{Guid.NewGuid():N}{extension}");
        await File.WriteAllBytesAsync(path, data);
        try
        {
            var csv = await MediaTool.RunAsync("ffprobe", "-v", "error", "-select_streams", "v", "-show_entries", "packet=flags", "-of", "csv=p=0", path);
            return csv.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
