namespace Livepeer.Chain.Tests.Network;

/// <summary>Thrown by a <see cref="FakeEthNode"/> function to revert with Error(<paramref name="reason"/>).</summary>
internal sealed class FakeRevert(string reason) : Exception(reason);
