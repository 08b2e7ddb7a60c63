using System.Globalization;
using System.Numerics;
using System.Text.Json;
using Livepeer.Grains.Abstractions.Sessions;
using Livepeer.Protocol.Video;

namespace Livepeer.Grains.Video;

/// <summary>
/// A transcode as paid work: the renditions as artifacts (profile order), their facts as metadata JSON and the
/// output pixels as the units the orchestrator debits; and the way back for the gateway.
/// </summary>
public static class TranscodeOutput
{
    public static WorkOutput ToWorkOutput(TranscodedSegment segment, SegmentFormat format)
    {
        ArgumentNullException.ThrowIfNull(segment);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("sourceWidth", segment.SourceWidth);
            writer.WriteNumber("sourceHeight", segment.SourceHeight);
            writer.WriteNumber("sourceFps", double.IsFinite(segment.SourceFramesPerSecond) ? segment.SourceFramesPerSecond : 0);
            writer.WriteNumber("sourceDurationMs", segment.SourceDuration.TotalMilliseconds);
            writer.WriteNumber("transcodeMs", segment.TranscodeTime.TotalMilliseconds);
            writer.WriteStartArray("renditions");
            foreach (var r in segment.Renditions)
            {
                writer.WriteStartObject();
                writer.WriteString("name", r.Name);
                writer.WriteNumber("width", r.Width);
                writer.WriteNumber("height", r.Height);
                writer.WriteNumber("frames", r.Frames);
                writer.WriteNumber("pixels", r.Pixels);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        var units = segment.Renditions.Aggregate(BigInteger.Zero, (sum, r) => sum + r.Pixels);
        return new WorkOutput(
            units,
            [.. segment.Renditions.Select(r => new WorkArtifact(r.Name, format.MediaType(), r.Data))],
            System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    /// <summary>
    /// Reads an orchestrator's output back, checking it holds exactly the renditions asked for, in order; throws
    /// <see cref="FormatException"/> naming what is wrong (the gateway treats that orchestrator as failed).
    /// </summary>
    public static TranscodedSegment FromWorkOutput(WorkOutput output, IReadOnlyList<RenditionProfile> profiles)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(profiles);
        if (output.Artifacts.Count != profiles.Count)
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"the orchestrator returned {output.Artifacts.Count} renditions for {profiles.Count} profiles"));
        }
        try
        {
            using var document = JsonDocument.Parse(output.Metadata);
            var root = document.RootElement;
            var facts = root.GetProperty("renditions").EnumerateArray().ToList();
            if (facts.Count != profiles.Count)
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"the orchestrator described {facts.Count} renditions for {profiles.Count} profiles"));
            }
            var renditions = new List<TranscodedRenditionData>();
            for (int i = 0; i < profiles.Count; i++)
            {
                var artifact = output.Artifacts[i];
                var fact = facts[i];
                var name = fact.GetProperty("name").GetString();
                if (artifact.Name != profiles[i].Name || name != profiles[i].Name)
                {
                    throw new FormatException($"rendition {i + 1} is \"{artifact.Name}\", expected \"{profiles[i].Name}\"");
                }
                if (artifact.Data.Length == 0)
                {
                    throw new FormatException($"rendition \"{artifact.Name}\" is empty");
                }
                renditions.Add(new TranscodedRenditionData(
                    artifact.Name, artifact.Data, fact.GetProperty("width").GetInt32(), fact.GetProperty("height").GetInt32(),
                    fact.GetProperty("frames").GetInt64(), fact.GetProperty("pixels").GetInt64()));
            }
            return new TranscodedSegment(
                root.GetProperty("sourceWidth").GetInt32(),
                root.GetProperty("sourceHeight").GetInt32(),
                root.GetProperty("sourceFps").GetDouble(),
                TimeSpan.FromMilliseconds(root.GetProperty("sourceDurationMs").GetDouble()),
                renditions,
                TimeSpan.FromMilliseconds(root.GetProperty("transcodeMs").GetDouble()));
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new FormatException($"the orchestrator's rendition metadata is malformed: {e.Message}", e);
        }
    }
}
