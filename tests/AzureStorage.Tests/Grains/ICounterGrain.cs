namespace Livepeer.AzureStorage.Tests.Grains;

/// <summary>A persistent counter, used to see grain state survive the loss of the silo that hosted it.</summary>
[Alias("Livepeer.AzureStorage.Tests.Grains.ICounterGrain")]
public interface ICounterGrain : IGrainWithStringKey
{
    /// <summary>Adds <paramref name="amount"/>, persists, and reports the result.</summary>
    [Alias("Add")]
    Task<CounterReading> Add(int amount);

    /// <summary>Reports the current value without writing.</summary>
    [Alias("Read")]
    Task<CounterReading> Read();
}
