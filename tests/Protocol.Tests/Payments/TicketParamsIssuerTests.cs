using System.Numerics;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Numerics;
using Livepeer.Protocol.Payments;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Protocol.Tests.Payments;

// pm-protocol.md §3.1–3.3 and the winProb vectors of §12.1 (go-livepeer recipient_test.go: EV 5, redeemGas 10 000, multiplier 100).
public sealed class TicketParamsIssuerTests
{
    private static readonly EthAddress Recipient = EthAddress.Parse("0x73AEd7b5dEb30222fa896f399d46cC99c7BEe57F");
    private static readonly EthAddress Sender = EthAddress.Parse("0x96216849c49358B10257cb55b28eA603c874b05E");
    private static readonly byte[] Secret = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();
    private static readonly BigInteger LargeFloat = BigInteger.Pow(10, 30);

    private static PaymentOptions GoTestOptions => new() { TicketEV = 5, RedeemGas = 10_000, TxCostMultiplier = 100 };

    public static TheoryData<long, long, string, string> GoWinProbVectors => new()
    {
        { 100, long.MaxValue, "100000000", "5789604461865809771178549250434395392663499233282028201972879200395660" },
        { 777, long.MaxValue, "777000000", "745122839364969082519761808292714979750772102095499125093034646125570" },
        { 1, 10_001, "10001", "57890255593098787833002192285115442382396752657554526567072084795477017120" },
        { 0, long.MaxValue, "500", "" }, // the spec gives only the face value (EV × 100) for this one
    };

    [Theory]
    [MemberData(nameof(GoWinProbVectors))]
    public void Go_face_value_and_win_prob(long gasPrice, long maxFloat, string faceValue, string winProb)
    {
        var issuer = new TicketParamsIssuer(Recipient, Secret, GoTestOptions);
        Assert.True(issuer.TryIssue(Sender, BigRational.One, gasPrice, maxFloat, 100, new TicketExpirationParams(3, Hash32.Zero), out var p, out var error), error);
        Assert.Equal(BigInteger.Parse(faceValue), p.FaceValue);
        var expectedWinProb = winProb == "" ? 5 * (PmConstants.MaxWinProb / p.FaceValue + 1) : BigInteger.Parse(winProb);
        Assert.Equal(expectedWinProb, p.WinProb);
        Assert.True(p.ExpectedValue >= new BigRational(5));
    }

    [Fact]
    public void Go_max_float_below_ev_is_insufficient_sender_reserve()
    {
        var issuer = new TicketParamsIssuer(Recipient, Secret, GoTestOptions);
        Assert.False(issuer.TryIssue(Sender, BigRational.One, 100, 4, 100, TicketExpirationParams.None, out var p, out var error));
        Assert.Null(p);
        Assert.Equal("insufficient sender reserve", error);
    }

    [Fact]
    public void Face_value_equal_to_ev_always_wins_and_zero_never()
    {
        Assert.Equal(PmConstants.MaxWinProb, TicketMath.WinProbFor(5, 5));
        Assert.Equal(BigInteger.Zero, TicketMath.WinProbFor(0, 5));
        // MAXP = 3 × 5 × 17 × 257 × …, so 15 divides it and no rounding up happens.
        Assert.Equal(5 * (PmConstants.MaxWinProb / 15), TicketMath.WinProbFor(15, 5));
        Assert.Equal(5 * (PmConstants.MaxWinProb / 7 + 1), TicketMath.WinProbFor(7, 5));
    }

    [Fact]
    public void Max_face_value_caps_and_zero_means_no_cap()
    {
        var capped = GoTestOptions;
        capped.MaxFaceValue = 123_456;
        // gasPrice 10: txCost 100 000, uncapped face value 10 000 000.
        Assert.True(FaceValuePolicy.TryComputeFaceValue(10, LargeFloat, capped, out var fv, out _));
        Assert.Equal(new BigInteger(123_456), fv);
        Assert.True(FaceValuePolicy.TryComputeFaceValue(10, LargeFloat, GoTestOptions, out fv, out _));
        Assert.Equal(new BigInteger(10_000_000), fv);
        capped.MaxFaceValue = 4;
        Assert.False(FaceValuePolicy.TryComputeFaceValue(0, LargeFloat, capped, out _, out var error));
        Assert.Equal("insufficient sender reserve", error);
    }

    [Fact]
    public void Face_value_below_both_tx_cost_floors_is_insufficient_sender_reserve()
    {
        // txCost = 350 000 × 100 gwei = 3.5e16; the "average" floor is 350 000 × 3 gwei = 1.05e15.
        var options = new PaymentOptions();
        var gasPrice = 100_000_000_000L;
        Assert.False(FaceValuePolicy.TryComputeFaceValue(gasPrice, 1_000_000_000_000_000, options, out _, out var error));
        Assert.Equal("insufficient sender reserve", error);
        // Above the average floor: still offered during the gas spike.
        Assert.True(FaceValuePolicy.TryComputeFaceValue(gasPrice, 1_050_000_000_000_000, options, out var fv, out _));
        Assert.Equal(new BigInteger(1_050_000_000_000_000), fv);
    }

    [Fact]
    public void Free_price_gives_zero_face_value_and_win_prob_without_looking_at_the_float()
    {
        var issuer = new TicketParamsIssuer(Recipient, Secret, new PaymentOptions());
        foreach (var price in new[] { BigRational.Zero, new BigRational(-1, 2) })
        {
            Assert.True(issuer.TryIssue(Sender, price, 100, BigInteger.MinusOne, 100, TicketExpirationParams.None, out var p, out var error), error);
            Assert.Equal(BigInteger.Zero, p.FaceValue);
            Assert.Equal(BigInteger.Zero, p.WinProb);
            Assert.Equal(BigRational.Zero, p.ExpectedValue);
        }
    }

    [Fact]
    public void Issued_params_expire_40_blocks_on_and_commit_to_their_rand()
    {
        var issuer = new TicketParamsIssuer(Recipient, Secret, new PaymentOptions());
        var expiration = new TicketExpirationParams(9, Hash32.Parse("7624778dedc75f8b322b9fa1632a610d40b85e106c7d9bf0e743a9ce291b9c6f"));
        Assert.True(issuer.TryIssue(Sender, new BigRational(1, 3), 0, LargeFloat, 5_000, expiration, 42, out var p, out _));
        Assert.Equal(new BigInteger(5_040), p.ExpirationBlock);
        Assert.Equal(Recipient, p.Recipient);
        Assert.Equal(new BigInteger(42), p.Seed);
        Assert.Equal(expiration, p.ExpirationParams);
        Assert.Equal(new BigRational(1, 3), p.PricePerPixel);
        Assert.Equal(PmConstants.DefaultTicketEV * 100, p.FaceValue);
        var rand = RecipientRand.Compute(Secret, 42, Sender, p.FaceValue, p.WinProb, 5_040, new BigRational(1, 3), expiration);
        Assert.Equal(rand, issuer.RecipientRandOf(p, Sender, expiration));
        Assert.Equal(RecipientRand.HashOf(rand), p.RecipientRandHash);
    }

    [Fact]
    public void Seeds_come_from_the_csprng_and_differ()
    {
        var issuer = new TicketParamsIssuer(Recipient, Secret, new PaymentOptions());
        Assert.True(issuer.TryIssue(Sender, BigRational.One, 0, LargeFloat, 1, TicketExpirationParams.None, out var a, out _));
        Assert.True(issuer.TryIssue(Sender, BigRational.One, 0, LargeFloat, 1, TicketExpirationParams.None, out var b, out _));
        Assert.NotEqual(a.Seed, b.Seed);
        Assert.NotEqual(a.RecipientRandHash, b.RecipientRandHash);
        Assert.True(a.Seed.GetByteCount(isUnsigned: true) <= 32);
    }

    [Fact]
    public void Zero_round_block_hash_falls_back_to_the_previous_round()
    {
        var current = Hash32.Parse("41b1a0649752af1b28b3dc29a1556eee781e4a4c3a1f7f53f90fa834de098c4d");
        var previous = Hash32.Parse("7624778dedc75f8b322b9fa1632a610d40b85e106c7d9bf0e743a9ce291b9c6f");
        Assert.Equal(new TicketExpirationParams(10, current), TicketParamsIssuer.ExpirationParamsFor(10, current, previous));
        Assert.Equal(new TicketExpirationParams(9, previous), TicketParamsIssuer.ExpirationParamsFor(10, Hash32.Zero, previous));
    }

    [Fact]
    public void Tx_cost_multiplier()
    {
        Assert.Equal(new BigRational(100), FaceValuePolicy.TxCostMultiplier(1_000, 10));
        Assert.Equal(new BigRational(7, 2), FaceValuePolicy.TxCostMultiplier(7, 2));
        Assert.Equal(BigRational.Zero, FaceValuePolicy.TxCostMultiplier(1_000, 0));
    }

    [Fact]
    public void Issuer_refuses_bad_options_and_secret()
    {
        var error = Assert.Throws<ArgumentException>(() => new TicketParamsIssuer(Recipient, Secret, new PaymentOptions { TicketEV = 0, RedeemGas = -1 }));
        Assert.Contains("TicketEV must be positive, got 0", error.Message);
        Assert.Contains("RedeemGas must be positive, got -1", error.Message);
        Assert.Throws<ArgumentException>(() => new TicketParamsIssuer(Recipient, new byte[31], new PaymentOptions()));
        Assert.Empty(new PaymentOptions().Errors());
    }
}
