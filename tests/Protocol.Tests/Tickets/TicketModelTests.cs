using System.Numerics;
using CsCheck;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Numerics;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Protocol.Tests.Tickets;

public sealed class TicketModelTests
{
    private static readonly BigInteger TooBig = PmConstants.MaxWinProb + 1;

    private static Ticket Sample() => new(
        EthAddress.Parse("0x73AEd7b5dEb30222fa896f399d46cC99c7BEe57F"),
        EthAddress.Parse("0x96216849c49358B10257cb55b28eA603c874b05E"),
        100, 200, 3, Hash32.Zero, 10, Hash32.Parse("41b1a0649752af1b28b3dc29a1556eee781e4a4c3a1f7f53f90fa834de098c4d"), 41, BigRational.One);

    [Fact]
    public void Uint256_fields_are_range_checked_on_construction_and_on_with()
    {
        var t = Sample();
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => t with { FaceValue = TooBig });
        Assert.Contains("FaceValue must be a uint256", e.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => t with { WinProb = -1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => t with { ParamsExpirationBlock = -1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new Ticket(t.Recipient, t.Sender, TooBig, 0, 0, Hash32.Zero, 0, Hash32.Zero, 0, BigRational.Zero));

        var p = new TicketParams(t.Recipient, 1, 1, Hash32.Zero, 1, 1, BigRational.One, null);
        Assert.Throws<ArgumentOutOfRangeException>(() => p with { WinProb = TooBig });
        Assert.Throws<ArgumentOutOfRangeException>(() => p with { Seed = -1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new TicketParams(t.Recipient, -5, 1, Hash32.Zero, 1, 1, BigRational.One, null));
        Assert.Equal(PmConstants.MaxWinProb, (p with { WinProb = PmConstants.MaxWinProb }).WinProb);
        Assert.Throws<ArgumentNullException>(() => new TicketSenderParams(1, null!));
    }

    [Fact]
    public void Flat_lengths_follow_the_aux_data_rule()
    {
        Assert.Equal(232, Sample().Flatten().Length);
        Assert.Equal(168, (Sample() with { CreationRound = 0, CreationRoundBlockHash = Hash32.Zero }).Flatten().Length);
        Assert.Equal(232, (Sample() with { CreationRoundBlockHash = Hash32.Zero }).Flatten().Length);
    }

    [Fact]
    public void Rewriting_the_nonce_of_a_template_equals_encoding_afresh() =>
        Gen.UInt.Select(Gen.UInt).Sample((first, second) =>
        {
            var t = Sample() with { SenderNonce = first };
            var template = new byte[TicketEncoding.FlatLength];
            int length = t.WriteFlat(template);
            TicketEncoding.WriteNonce(template, second);
            return template.AsSpan(0, length).SequenceEqual((t with { SenderNonce = second }).Flatten());
        });

    [Fact]
    public void Hash32_orders_as_uint256_and_round_trips() =>
        Gen.Byte.Array[32].Select(Gen.Byte.Array[32]).Sample((a, b) =>
        {
            var x = new Hash32(a);
            var y = new Hash32(b);
            var bx = BigEndian.FromBytes(a);
            var by = BigEndian.FromBytes(b);
            return Math.Sign(x.CompareTo(y)) == Math.Sign(bx.CompareTo(by))
                && x.ToUInt256() == bx && Hash32.FromUInt256(bx) == x && Hash32.Parse(x.ToString()) == x
                && (x == y) == a.AsSpan().SequenceEqual(b);
        });

    [Fact]
    public void Hash32_parse_errors_are_clear()
    {
        Assert.False(Hash32.TryParse("0x1234", out _, out var error));
        Assert.Equal("a 32-byte value must be 64 hex digits, got 4: '0x1234'", error);
        Assert.False(Hash32.TryParse(new string('z', 64), out _, out error));
        Assert.StartsWith("not a hex value", error);
        Assert.False(Hash32.TryParse(null, out _, out error));
        Assert.Throws<FormatException>(() => Hash32.Parse("nope"));
        Assert.Equal("0x" + new string('0', 64), Hash32.Zero.ToString());
        Assert.True(default(Hash32).IsZero);
    }

    [Fact]
    public void Batch_exposes_its_tickets()
    {
        var key = EthKey.FromHex("fad9c8855b740a0b7ed4c221dbad0f33a83a49cad6b3fe8d5817ac83d38b6a19");
        var p = new TicketParams(Sample().Recipient, 1_000, PmConstants.MaxWinProb / 10, Hash32.Zero, 9, 50, new BigRational(2, 3), null);
        var expiration = new TicketExpirationParams(4, Hash32.Zero);
        var batch = TicketBatch.Sign(p, expiration, key, 10, 2);
        Assert.Equal(2, batch.Count);
        Assert.Equal(key.Address, batch.Sender);
        var second = batch.TicketAt(1);
        Assert.Equal(11u, second.SenderNonce);
        Assert.Equal(4, second.CreationRound);
        Assert.Equal(new BigInteger(50), second.ParamsExpirationBlock);
        Assert.Equal(new BigRational(2, 3), second.PricePerPixel);
        Assert.True(second.IsSignedBySender(batch.SenderParams[1].Signature));
        Assert.False(second.IsSignedBySender(batch.SenderParams[0].Signature));
        Assert.Equal(p.ExpectedValue, batch.ExpectedValuePerTicket);
        Assert.Equal("100.00000", batch.ExpectedValuePerTicket.ToDecimalString(5));
    }
}
