using Livepeer.Protocol.Payments;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Protocol.Tests.Payments;

public sealed class InMemorySenderNonceStoreTests
{
    private static readonly Hash32 A = Hash32.FromUInt256(1);
    private static readonly Hash32 B = Hash32.FromUInt256(2);

    [Fact]
    public void Sets_are_per_recipient_rand()
    {
        var store = new InMemorySenderNonceStore();
        store.Add(A, 1, 100);
        store.Add(A, 2, 100);
        store.Add(B, 1, 200);
        Assert.True(store.Contains(A, 2));
        Assert.False(store.Contains(B, 2));
        Assert.Equal(2, store.Count(A));
        Assert.Equal(1, store.Count(B));
        Assert.Equal(0, store.Count(Hash32.FromUInt256(3)));
        Assert.Equal(2, store.RandCount);
    }

    [Fact]
    public void Sets_go_once_their_expiration_block_is_reached()
    {
        var store = new InMemorySenderNonceStore();
        store.Add(A, 1, 100);
        store.Add(B, 1, 200);
        Assert.Equal(0, store.RemoveExpired(99));
        Assert.Equal(1, store.RemoveExpired(100));
        Assert.False(store.Contains(A, 1));
        Assert.True(store.Contains(B, 1));
        Assert.Equal(1, store.RemoveExpired(1_000));
        Assert.Equal(0, store.RandCount);
        // A set created again after removal starts empty.
        store.Add(B, 5, 300);
        Assert.Equal(1, store.Count(B));
    }
}
