using System.Globalization;
using System.Text.Json;
using Livepeer.Grains.Abstractions.Sessions;
using Livepeer.Protocol.Video;

namespace Livepeer.Grains.Video;

/// <summary>
/// The parameters of a "transcode" job as JSON in <see cref="WorkPayload.Parameters"/>:
/// <c>{"manifestId":"demo","format":"ts","timeoutMs":8000,"profiles":[JsonProfile…],"seq":12,"durationMs":2000}</c>; the body
/// is the segment. <paramref name="Seq"/> and <paramref name="Duration"/> are optional (0): a remote orchestrator is told them
/// in the segment credentials.
/// </summary>
/// <param name="TimeoutMultiplier">the stream's <c>timeoutMultiplier</c>: a remote orchestrator gets this many times the upload and whole-call time; below 2 changes nothing</param>
public sealed record TranscodeJobParameters(
    string ManifestId, SegmentFormat Format, TimeSpan Timeout, IReadOnlyList<RenditionProfile> Profiles, long Seq = 0, TimeSpan Duration = default, int TimeoutMultiplier = 1)
{
    public const string Job = "transcode";

    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("manifestId", ManifestId);
            writer.WriteString("format", Format == SegmentFormat.Mp4 ? "mp4" : "ts");
            writer.WriteNumber("timeoutMs", (long)Timeout.TotalMilliseconds);
            writer.WritePropertyName("profiles");
            JsonProfiles.Write(writer, Profiles);
            writer.WriteNumber("seq", Seq);
            writer.WriteNumber("durationMs", (long)Duration.TotalMilliseconds);
            if (TimeoutMultiplier > 1)
            {
                writer.WriteNumber("timeoutMultiplier", TimeoutMultiplier);
            }
            writer.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Reads the parameters; anything malformed is a bad-input <see cref="WorkRejectedException"/>.</summary>
    public static TranscodeJobParameters Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw Bad("the parameters must be a JSON object");
            }
            var manifestId = root.TryGetProperty("manifestId", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString()! : throw Bad("\"manifestId\" is required");
            if (PushPath.ManifestIdProblem(manifestId) is { } problem)
            {
                throw Bad(problem);
            }
            var format = root.TryGetProperty("format", out var f) ? f.GetString() switch
            {
                "ts" => SegmentFormat.MpegTs,
                "mp4" => SegmentFormat.Mp4,
                var other => throw Bad($"\"format\" must be \"ts\" or \"mp4\", got \"{other}\""),
            } : throw Bad("\"format\" is required");
            var timeout = root.TryGetProperty("timeoutMs", out var t) && t.TryGetInt64(out long ms) && ms > 0
                ? TimeSpan.FromMilliseconds(ms)
                : throw Bad("\"timeoutMs\" must be a positive whole number of milliseconds");
            var profiles = root.TryGetProperty("profiles", out var p) ? JsonProfiles.Parse(p) : throw Bad("\"profiles\" is required");
            if (profiles.Count == 0)
            {
                throw Bad("\"profiles\" names no rendition");
            }
            JsonProfiles.CheckUniqueNames(profiles);
            long seq = root.TryGetProperty("seq", out var q) ? (q.TryGetInt64(out long s) ? s : throw Bad("\"seq\" must be a whole number")) : 0;
            var duration = root.TryGetProperty("durationMs", out var d)
                ? (d.TryGetInt64(out long dm) && dm >= 0 ? TimeSpan.FromMilliseconds(dm) : throw Bad("\"durationMs\" must be a whole number of milliseconds, 0 or more"))
                : TimeSpan.Zero;
            int multiplier = root.TryGetProperty("timeoutMultiplier", out var x)
                ? (x.TryGetInt32(out int mx) && mx >= 0 ? mx : throw Bad("\"timeoutMultiplier\" must be a whole number, 0 or more"))
                : 1;
            return new TranscodeJobParameters(manifestId, format, timeout, profiles, seq, duration, multiplier);
        }
        catch (JsonException e)
        {
            throw Bad($"not valid JSON: {e.Message}");
        }
        catch (VideoConfigException e)
        {
            throw Bad(e.Message);
        }
        catch (InvalidOperationException e)
        {
            throw Bad(e.Message);
        }
    }

    private static WorkRejectedException Bad(string problem) =>
        new(string.Create(CultureInfo.InvariantCulture, $"bad transcode parameters: {problem}")) { IsBadInput = true };
}
