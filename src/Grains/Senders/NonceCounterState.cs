namespace Livepeer.Grains.Senders;

/// <summary>The last nonce used under one set of params, kept until those params expire.</summary>
[GenerateSerializer, Alias("livepeer.state.NonceCounter")]
public sealed class NonceCounterState
{
    [Id(0)] public uint LastNonce { get; set; }
    [Id(1)] public long ExpirationBlock { get; set; }
}
