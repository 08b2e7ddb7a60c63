using System.Numerics;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Numerics;
using Livepeer.Protocol.Payments;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Protocol.Tests.Payments;

// pm-protocol.md §4: the sender's params validation, one test per rule, in order.
public sealed class SenderTicketRulesTests
{
    private const long Block = 1_000;
    private const long Round = 50;
    private static readonly SenderInfo Funded = new(1_000_000_000_000, new ReserveInfo(5_000_000_000_000, 0), 0);

    // faceValue 1e12 at win probability 1/100: EV = 1e10 (a hair over, from the rounding up).
    private static readonly TicketParams Good = new(
        EthAddress.Parse("0x73AEd7b5dEb30222fa896f399d46cC99c7BEe57F"),
        1_000_000_000_000,
        TicketMath.WinProbFor(1_000_000_000_000, 10_000_000_000),
        Hash32.Parse("390a968e8123f255fb7c4f534d69925ea53d1ff69e0a63310cd1719917c21aa2"),
        7,
        Block + 40,
        BigRational.One,
        null);

    private static string? Validate(TicketParams? p, int count = 1, SenderInfo? info = null, PaymentOptions? options = null) =>
        SenderTicketRules.Validate(p, count, info ?? Funded, Block, Round, options ?? new PaymentOptions());

    [Fact]
    public void Good_params_pass() => Assert.Null(Validate(Good, 10));

    [Fact]
    public void Rule1_nil() => Assert.Equal("ticketParams is nil", Validate(null));

    [Fact]
    public void Rule2_expiration_block_zero() => Assert.Equal("ticketParams expiration block is 0", Validate(Good with { ExpirationBlock = 0 }));

    [Fact]
    public void Rule3_expired_within_the_one_block_buffer()
    {
        Assert.Equal("TicketParams expired", Validate(Good with { ExpirationBlock = Block + 1 }));
        Assert.Equal("TicketParams expired", Validate(Good with { ExpirationBlock = Block - 5 }));
        Assert.Null(Validate(Good with { ExpirationBlock = Block + 2 }));
    }

    [Fact]
    public void Rule4_free_params_pass_without_further_checks()
    {
        var unfunded = new SenderInfo(0, ReserveInfo.Empty, Round);
        Assert.Null(Validate(Good with { FaceValue = 0, WinProb = 0 }, 1000, unfunded));
        Assert.Null(Validate(Good with { WinProb = 0 }, 1000, unfunded));
    }

    [Fact]
    public void Rule5_face_value_too_low_when_win_prob_is_maxp() =>
        Assert.Equal("ticket faceValue too low faceValue=1000000000000", Validate(Good with { WinProb = PmConstants.MaxWinProb }));

    [Fact]
    public void Rule6_ticket_ev_above_max_with_five_decimals()
    {
        var options = new PaymentOptions { MaxTicketEV = 9_999_999_999 };
        Assert.Equal("ticket EV 10000000000.00000 > max ticket EV 9999999999.00000", Validate(Good, options: options));
        var p = Good with { FaceValue = 1_000, WinProb = PmConstants.MaxWinProb / 3 };
        Assert.Equal("ticket EV 333.33333 > max ticket EV 200.00000", Validate(p, options: new PaymentOptions { MaxTicketEV = 200 }));
    }

    [Fact]
    public void Rule7_own_deposit_unlocking_soon()
    {
        Assert.Equal("unable to validate sender: deposit and reserve is set to unlock soon", Validate(Good, info: Funded with { WithdrawRound = Round + 1 }));
        Assert.Null(Validate(Good, info: Funded with { WithdrawRound = Round + 2 }));
    }

    [Fact]
    public void Rule7b_no_reserve() => Assert.Equal("no sender reserve", Validate(Good, info: Funded with { Reserve = ReserveInfo.Empty }));

    [Fact]
    public void Rule7c_no_deposit() => Assert.Equal("no sender deposit", Validate(Good, info: Funded with { Deposit = 0 }));

    [Fact]
    public void Rule8_total_ev_above_max()
    {
        // Default max total EV 2e13 holds 1999 tickets of a hair over 1e10, not 2000.
        Assert.Null(Validate(Good, 1999));
        var error = Validate(Good, 2000);
        Assert.NotNull(error);
        Assert.Matches(@"^total ticket EV 20000000000000\.\d{5} for 2000 tickets > max total ticket EV 20000000000000\.00000$", error);
    }

    [Fact]
    public void Rule9_face_value_above_deposit_over_multiplier()
    {
        var info = Funded with { Deposit = 1_999_999_999_999 };
        Assert.Null(Validate(Good, info: info));
        Assert.Equal("ticket faceValue 1000000000000 > max faceValue 999999999999", Validate(Good, info: info, options: new PaymentOptions { DepositMultiplier = 2 }));
    }

    [Fact]
    public void Rules_apply_in_order()
    {
        var broke = new SenderInfo(0, ReserveInfo.Empty, Round);
        var options = new PaymentOptions { MaxTicketEV = 1, MaxTotalEV = 1, DepositMultiplier = 100 };
        var p = Good with { WinProb = PmConstants.MaxWinProb };
        Assert.Equal("ticketParams expiration block is 0", Validate(p with { ExpirationBlock = 0 }, 5, broke, options));
        Assert.Equal("TicketParams expired", Validate(p with { ExpirationBlock = Block }, 5, broke, options));
        Assert.StartsWith("ticket faceValue too low", Validate(p, 5, broke, options));
        Assert.StartsWith("ticket EV", Validate(Good, 5, broke, options));
        Assert.StartsWith("unable to validate sender", Validate(Good, 5, broke, new PaymentOptions { MaxTotalEV = 1 }));
        Assert.Equal("no sender reserve", Validate(Good, 5, broke with { WithdrawRound = 0 }, new PaymentOptions { MaxTotalEV = 1 }));
        Assert.Equal("no sender deposit", Validate(Good, 5, broke with { WithdrawRound = 0, Reserve = Funded.Reserve }, new PaymentOptions { MaxTotalEV = 1 }));
        Assert.StartsWith("total ticket EV", Validate(Good, 5, Funded with { Deposit = 1 }, new PaymentOptions { MaxTotalEV = 1 }));
        Assert.StartsWith("ticket faceValue 1000000000000 > max faceValue 1", Validate(Good, 5, Funded with { Deposit = 1 }));
    }

    [Fact]
    public void Expiration_params_come_from_the_recipient_when_complete()
    {
        var own = Hash32.Parse("7624778dedc75f8b322b9fa1632a610d40b85e106c7d9bf0e743a9ce291b9c6f");
        var offered = new TicketExpirationParams(12, Hash32.Parse("41b1a0649752af1b28b3dc29a1556eee781e4a4c3a1f7f53f90fa834de098c4d"));
        Assert.Equal(offered, SenderTicketRules.ExpirationParamsFor(Good with { ExpirationParams = offered }, 13, own));
        Assert.Equal(new TicketExpirationParams(13, own), SenderTicketRules.ExpirationParamsFor(Good, 13, own));
        Assert.Equal(new TicketExpirationParams(13, own), SenderTicketRules.ExpirationParamsFor(Good with { ExpirationParams = offered with { CreationRound = 0 } }, 13, own));
        Assert.Equal(new TicketExpirationParams(13, own), SenderTicketRules.ExpirationParamsFor(Good with { ExpirationParams = offered with { CreationRoundBlockHash = Hash32.Zero } }, 13, own));
    }

    [Fact]
    public void Nonces_start_at_one_and_run_on()
    {
        var counter = SenderNonceCounter.Fresh;
        counter = counter.Reserve(3, out var first);
        Assert.Equal(1u, first);
        Assert.Equal(3u, counter.LastNonce);
        counter = counter.Reserve(1, out first);
        Assert.Equal(4u, first);
        counter = counter.Reserve(0, out first);
        Assert.Equal(5u, first);
        Assert.Equal(4u, counter.LastNonce);
        Assert.Throws<ArgumentOutOfRangeException>(() => counter.Reserve(-1, out _));
    }

    [Fact]
    public void Nonces_wrap_as_uint32()
    {
        var counter = new SenderNonceCounter(uint.MaxValue - 1).Reserve(3, out var first);
        Assert.Equal(uint.MaxValue, first);
        Assert.Equal(1u, counter.LastNonce);
    }
}
