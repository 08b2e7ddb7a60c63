namespace Livepeer.AzureStorage.Tests.Grains;

/// <summary>Persisted counter state (System.Text.Json: public settable properties).</summary>
public sealed class CounterState
{
    public int Value { get; set; }

    public int Writes { get; set; }
}
