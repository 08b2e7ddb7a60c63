namespace Livepeer.Media.Inference;

/// <summary>A registry entry once loaded: what is advertised, the model, and the gate that holds it to its capacity.</summary>
internal sealed class ServedModel(ModelInfo info, IServedModel model) : IDisposable
{
    public ModelInfo Info { get; } = info;

    public IServedModel Model { get; } = model;

    public SemaphoreSlim Gate { get; } = new(info.Capacity, info.Capacity);

    public void Dispose()
    {
        Model.Dispose();
        Gate.Dispose();
    }
}
