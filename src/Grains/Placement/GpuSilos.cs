using Orleans.Runtime.MembershipService.SiloMetadata;

namespace Livepeer.Grains.Placement;

/// <summary>The silo metadata that marks GPU silos, and how to publish it.</summary>
public static class GpuSilos
{
    /// <summary>Metadata key; the value is "true" on silos that host GPU workers (transcoding, inference).</summary>
    public const string MetadataKey = "gpu";

    /// <summary>True when <paramref name="metadata"/> says the silo has a GPU.</summary>
    public static bool IsGpu(SiloMetadata? metadata) =>
        metadata?.Metadata is { } values
        && values.TryGetValue(MetadataKey, out var value)
        && string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The metadata a silo publishes for <paramref name="gpu"/>, plus any <paramref name="more"/>.</summary>
    public static Dictionary<string, string> Metadata(bool gpu, IReadOnlyDictionary<string, string>? more = null)
    {
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in more ?? new Dictionary<string, string>())
        {
            metadata[key] = value;
        }
        metadata[MetadataKey] = gpu ? "true" : "false";
        return metadata;
    }

    /// <summary>Publishes this silo's <c>gpu</c> metadata (call once per silo; <c>UseSiloMetadata</c> takes the whole set).</summary>
    public static ISiloBuilder UseGpuMetadata(this ISiloBuilder silo, bool gpu, IReadOnlyDictionary<string, string>? more = null)
    {
        ArgumentNullException.ThrowIfNull(silo);
        return silo.UseSiloMetadata(Metadata(gpu, more));
    }
}
