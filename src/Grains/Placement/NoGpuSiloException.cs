namespace Livepeer.Grains.Placement;

/// <summary>A GPU grain was to be activated while no silo with <c>gpu=true</c> metadata is in the cluster.</summary>
[GenerateSerializer, Alias("livepeer.NoGpuSiloException")]
public sealed class NoGpuSiloException : OrleansException
{
    public NoGpuSiloException()
        : base("no GPU silo is up: no silo in the cluster publishes gpu=true metadata (set Silo:Gpu=true on a silo with a GPU)")
    {
    }

    public NoGpuSiloException(string message)
        : base(message)
    {
    }

    public NoGpuSiloException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
