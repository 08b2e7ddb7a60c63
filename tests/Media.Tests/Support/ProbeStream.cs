using System.Text.Json;

namespace Livepeer.Media.Tests.Support;

public sealed record ProbeStream(string CodecType, string CodecName, string? Profile, int Width, int Height, string FrameRate, long Frames)
{
    public static ProbeStream From(JsonElement stream)
    {
        static string Text(JsonElement e, string name) => e.TryGetProperty(name, out var v) ? v.ToString() : string.Empty;
        static int Int(JsonElement e, string name) => e.TryGetProperty(name, out var v) ? v.GetInt32() : 0;
        return new ProbeStream(
            Text(stream, "codec_type"),
            Text(stream, "codec_name"),
            stream.TryGetProperty("profile", out var p) ? p.GetString() : null,
            Int(stream, "width"),
            Int(stream, "height"),
            Text(stream, "r_frame_rate"),
            long.TryParse(Text(stream, "nb_read_frames"), out var frames) ? frames : 0);
    }
}
