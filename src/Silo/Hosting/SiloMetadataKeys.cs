namespace Livepeer.Silo.Hosting;

/// <summary>Keys of the metadata each silo publishes to the cluster.</summary>
public static class SiloMetadataKeys
{
    /// <summary>"true" on silos that host GPU workers (transcoding, inference).</summary>
    public const string Gpu = Livepeer.Grains.Placement.GpuSilos.MetadataKey;
}
