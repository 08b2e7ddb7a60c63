using System.Globalization;

namespace Livepeer.Grains.Video;

/// <summary>How much transcoding one silo runs at once (section <c>Livepeer:Transcoding</c>).</summary>
public sealed class TranscodeSlotsOptions
{
    public const string SectionName = "Livepeer:Transcoding";

    /// <summary>Segments transcoded at the same time on this silo; more wait for a slot.</summary>
    public int MaxConcurrentSegments { get; set; } = Math.Max(1, Environment.ProcessorCount / 2);

    /// <summary>Segments allowed to wait for a slot; beyond that a segment is refused at once (the gateway tries another orchestrator).</summary>
    public int MaxQueuedSegments { get; set; } = 32;

    public IReadOnlyList<string> Errors()
    {
        var errors = new List<string>();
        if (MaxConcurrentSegments is < 1 or > 1024)
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"{SectionName}:MaxConcurrentSegments must be between 1 and 1024, got {MaxConcurrentSegments}"));
        }
        if (MaxQueuedSegments is < 0 or > 100_000)
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"{SectionName}:MaxQueuedSegments must be between 0 and 100000, got {MaxQueuedSegments}"));
        }
        return errors;
    }
}
