using System.Numerics;
using Livepeer.Protocol.Payments;

namespace Livepeer.Protocol.Tests.Payments;

// pm-protocol.md §5.1.
public sealed class SenderFloatTests
{
    [Fact]
    public void Reserve_alloc_is_the_floored_share_less_what_this_recipient_claimed()
    {
        var reserve = new ReserveInfo(1_000, 5);
        Assert.Equal(new BigInteger(335), SenderFloat.ReserveAlloc(reserve, 3, 0));
        Assert.Equal(new BigInteger(300), SenderFloat.ReserveAlloc(reserve, 3, 35));
        Assert.Equal(BigInteger.Zero, SenderFloat.ReserveAlloc(reserve, 0, 35));
        Assert.Equal(new BigInteger(-10), SenderFloat.ReserveAlloc(new ReserveInfo(0, 0), 3, 10));
    }

    [Fact]
    public void Max_float_keeps_the_allocation_while_the_deposit_covers_pending_three_times()
    {
        Assert.Equal(new BigInteger(500), SenderFloat.MaxFloat(500, 0, 0));
        Assert.Equal(new BigInteger(500), SenderFloat.MaxFloat(500, 100, 300));
        Assert.Equal(new BigInteger(400), SenderFloat.MaxFloat(500, 100, 299));
        Assert.Equal(new BigInteger(-100), SenderFloat.MaxFloat(0, 100, 0));
    }

    [Fact]
    public void Max_float_from_sender_info()
    {
        var sender = new SenderInfo(1_000, new ReserveInfo(900, 0), 0);
        Assert.Equal(new BigInteger(300), SenderFloat.MaxFloat(sender, 3, 0, 0));
        Assert.Equal(new BigInteger(300), SenderFloat.MaxFloat(sender, 3, 0, 200));
        Assert.Equal(new BigInteger(-50), SenderFloat.MaxFloat(sender, 3, 0, 350));
    }

    [Fact]
    public void Available_funds() => Assert.Equal(new BigInteger(1_150), SenderFloat.AvailableFunds(300, 1_000, 150));
}
