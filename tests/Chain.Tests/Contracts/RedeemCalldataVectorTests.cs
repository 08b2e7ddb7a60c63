using System.Numerics;
using Livepeer.Chain.Abi;
using Livepeer.Chain.Contracts.Abi;
using Livepeer.Chain.Tests.Support;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Numerics;
using Livepeer.Protocol.Payments;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Chain.Tests.Contracts;

// chain.md §2.9: the ticket checked against the real TicketBroker bytecode, and its redeem calldata.
public sealed class RedeemCalldataVectorTests
{
    private const string SenderKey = "0x4f3edf983ac636a65a842ce7c78d9aa706d3b113bce9c46f30d7d21715b23b1d";
    private const string RandHash = "beced09521047d05b8960b7e7bcc1d1292cf3e4b2a6b63f48335cbde5f7545d2";
    private const string R = "03400d45cd0544f5465e831c9b04b31916b02822d29ec35afb75d23840d68a8d";
    private const string S = "58ef7eda9551cb710c98bdc89f3437295dddfc5d0ee7debe98152ccb12d0ac52";

    private static readonly EthKey Sender = EthKey.FromHex(SenderKey);
    private static readonly EthAddress Recipient = EthAddress.Parse("0xFFcf8FDEE72ac11b5c542428B35EEF5769C409f0");

    private static readonly Ticket VectorTicket = new(
        Recipient,
        Sender.Address,
        FaceValue: 1_000_000_000_000_000,
        WinProb: BigEndian.MaxUint256,
        SenderNonce: 1,
        RecipientRandHash: Hash32.Parse(RandHash),
        CreationRound: 5,
        CreationRoundBlockHash: new Hash32(Enumerable.Repeat((byte)0xab, 32).ToArray()),
        ParamsExpirationBlock: 0,
        PricePerPixel: BigRational.One);

    private static WinningTicket Winner() => new(VectorTicket, VectorTicket.Sign(Sender), Hash32.FromUInt256(42));

    // The word listing of §2.9, offsets from the start of the arguments on the left.
    private static readonly string[] CalldataWords =
    [
        /* 0000 */ Hex.Word("60"),
        /* 0020 */ Hex.Word("1a0"),
        /* 0040 */ Hex.Word("2a"),
        /* 0060 */ Hex.Word("ffcf8fdee72ac11b5c542428b35eef5769c409f0"),
        /* 0080 */ Hex.Word("90f8bf6a479f320ead074411a4b0e7944ea8c9c1"),
        /* 00a0 */ Hex.Word("00038d7ea4c68000"),
        /* 00c0 */ new string('f', 64),
        /* 00e0 */ Hex.Word("1"),
        /* 0100 */ RandHash,
        /* 0120 */ Hex.Word("e0"),
        /* 0140 */ Hex.Word("40"),
        /* 0160 */ Hex.Word("5"),
        /* 0180 */ string.Concat(Enumerable.Repeat("ab", 32)),
        /* 01a0 */ Hex.Word("41"),
        /* 01c0 */ R,
        /* 01e0 */ S,
        /* 0200 */ "1b".PadRight(64, '0'),
    ];

    [Fact]
    public void The_vector_ticket_has_the_spec_hash_signature_and_win_value()
    {
        Assert.Equal("0x90F8bf6A479f320ead074411a4B0e7944Ea8c9C1", Sender.Address.ToString());
        Assert.Equal(Hash32.Parse(RandHash), Hash32.Keccak(Hash32.FromUInt256(42).ToArray()));
        Assert.Equal("0x37f5aa6618a56b96e2140690db9a20e54e1ab8159d11dbd8bb863056e51919fb", VectorTicket.Hash().ToString());

        var winner = Winner();
        Assert.Equal(R + S + "1b", Hex.Of(winner.Signature));
        var winValue = Hash32.Keccak([.. winner.Signature, .. Hash32.FromUInt256(42).ToArray()]);
        Assert.Equal("0x2998af4a9bad38cb73fb1414282136b413dd567a81691327274c77db8012fbea", winValue.ToString());
    }

    [Fact]
    public void RedeemWinningTicket_calldata_matches_the_548_byte_vector()
    {
        var calldata = LivepeerAbi.EncodeRedeemWinningTicket(Winner());

        Assert.Equal(548, calldata.Length);
        Assert.Equal("ec8b3cb6" + string.Concat(CalldataWords), Hex.Of(calldata));
    }

    [Fact]
    public void RedeemWinningTicket_calldata_decodes_back_to_the_ticket()
    {
        var arguments = LivepeerAbi.RedeemWinningTicket.DecodeCall(LivepeerAbi.EncodeRedeemWinningTicket(Winner()));

        var ticket = arguments[0].AsList();
        Assert.Equal(Recipient, ticket[0].AsAddress());
        Assert.Equal(Sender.Address, ticket[1].AsAddress());
        Assert.Equal(new BigInteger(1_000_000_000_000_000), ticket[2].AsNumber());
        Assert.Equal(BigEndian.MaxUint256, ticket[3].AsNumber());
        Assert.Equal(BigInteger.One, ticket[4].AsNumber());
        Assert.Equal(Hash32.Parse(RandHash), ticket[5].AsHash32());
        Assert.Equal(VectorTicket.AuxData(), ticket[6].AsBytes().ToArray());
        Assert.Equal(Winner().Signature, arguments[1].AsBytes().ToArray());
        Assert.Equal(new BigInteger(42), arguments[2].AsNumber());
    }

    [Fact]
    public void GetTicketHash_calldata_is_the_ticket_tuple_and_its_return_decodes_to_the_hash()
    {
        var calldata = LivepeerAbi.EncodeGetTicketHash(VectorTicket);
        // selector, one offset (0x20), then the same tuple encoding as in the redeem calldata.
        Assert.Equal("b03fa864" + Hex.Word("20") + string.Concat(CalldataWords[3..13]), Hex.Of(calldata));

        var returned = Hex.Bytes("37f5aa6618a56b96e2140690db9a20e54e1ab8159d11dbd8bb863056e51919fb");
        Assert.Equal(VectorTicket.Hash(), LivepeerAbi.DecodeTicketHash(returned));
    }

    [Fact]
    public void Batch_redeem_of_one_ticket_carries_the_same_tuple_signature_and_rand()
    {
        var calldata = LivepeerAbi.EncodeBatchRedeemWinningTickets([Winner(), Winner()]);
        var arguments = LivepeerAbi.BatchRedeemWinningTickets.DecodeCall(calldata);
        Assert.Equal(2, arguments[0].AsList().Count);
        Assert.Equal(LivepeerAbi.TicketValue(VectorTicket), arguments[0].AsList()[1]);
        Assert.Equal(Winner().Signature, arguments[1].AsList()[0].AsBytes().ToArray());
        Assert.Equal(AbiValue.Number(42), arguments[2].AsList()[1]);
    }

    [Fact]
    public void WinningTicketRedeemed_log_data_is_256_bytes_with_aux_data_at_0xa0()
    {
        var winner = Winner();
        var log = LivepeerAbi.WinningTicketRedeemedEvent.Encode(
            Sender.Address, Recipient, VectorTicket.FaceValue, VectorTicket.WinProb, 1L, 42L, AbiValue.Bytes(VectorTicket.AuxData()));

        Assert.Equal(256, log.Data.Length);
        Assert.Equal(Hex.Word("a0"), Hex.Of(log.Data.Span.Slice(4 * 32, 32)));
        Assert.Equal(Hex.Word("40"), Hex.Of(log.Data.Span.Slice(5 * 32, 32)));

        var decoded = LivepeerAbi.DecodeWinningTicketRedeemed(log);
        Assert.Equal(Sender.Address, decoded.Sender);
        Assert.Equal(Recipient, decoded.Recipient);
        Assert.Equal(VectorTicket.FaceValue, decoded.FaceValue);
        Assert.Equal(winner.RecipientRand, decoded.RecipientRand);
        Assert.Equal(VectorTicket.AuxData(), decoded.AuxData);
    }
}
