namespace Livepeer.Grains.Senders;

/// <summary>The last nonce used under one set of params, as states stored before the shared nonce sequence (<see cref="Livepeer.Protocol.Payments.NonceLease"/>) have it.</summary>
[GenerateSerializer, Alias("livepeer.state.NonceCounter")]
public sealed class NonceCounterState
{
    [Id(0)] public uint LastNonce { get; set; }
    [Id(1)] public long ExpirationBlock { get; set; }
}
