namespace Livepeer.Grains.Tickets;

/// <summary>The nonces seen under one recipientRand, kept until its params expire.</summary>
[GenerateSerializer, Alias("livepeer.state.NonceSet")]
public sealed class NonceSetState
{
    [Id(0)] public long ExpirationBlock { get; set; }
    [Id(1)] public List<uint> Nonces { get; set; } = [];
}
