namespace Livepeer.AzureStorage.Tests.Grains;

/// <summary>The counter's value, how many writes produced it, and the silo (parsable address) that answered.</summary>
[GenerateSerializer, Immutable, Alias("Livepeer.AzureStorage.Tests.Grains.CounterReading")]
public sealed record CounterReading([property: Id(0)] int Value, [property: Id(1)] int Writes, [property: Id(2)] string Silo);
