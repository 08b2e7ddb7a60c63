using System.Numerics;
using Livepeer.Chain.Contracts.Abi;
using Livepeer.Chain.Tests.Support;
using Livepeer.DevChain.Contracts;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Numerics;
using Livepeer.Protocol.Payments;
using Livepeer.Protocol.Tickets;
using Livepeer.TestSupport.Ganache;

namespace Livepeer.Chain.Tests.DevChain;

// chain.md §2.9 on the TicketBroker double: the vector's hash, and its exact 548-byte redeem calldata redeemed.
[Collection(DevChainCollection.Name)]
public sealed class TicketHashVectorTests(DevChainFixture fixture) : DevChainTestBase(fixture)
{
    private static readonly EthKey VectorSender = EthKey.FromHex(GanacheAccounts.PrivateKeys[0]);
    private static readonly EthAddress VectorRecipient = EthAddress.Parse("0xFFcf8FDEE72ac11b5c542428B35EEF5769C409f0");
    private static readonly Hash32 AbHash = new(Enumerable.Repeat((byte)0xab, 32).ToArray());

    private static readonly Ticket VectorTicket = new(
        VectorRecipient,
        VectorSender.Address,
        FaceValue: 1_000_000_000_000_000,
        WinProb: BigEndian.MaxUint256,
        SenderNonce: 1,
        RecipientRandHash: Hash32.Parse("beced09521047d05b8960b7e7bcc1d1292cf3e4b2a6b63f48335cbde5f7545d2"),
        CreationRound: 5,
        CreationRoundBlockHash: AbHash,
        ParamsExpirationBlock: 0,
        PricePerPixel: BigRational.One);

    private const string SpecCalldata =
        "ec8b3cb6"
        + "0000000000000000000000000000000000000000000000000000000000000060"
        + "00000000000000000000000000000000000000000000000000000000000001a0"
        + "000000000000000000000000000000000000000000000000000000000000002a"
        + "000000000000000000000000ffcf8fdee72ac11b5c542428b35eef5769c409f0"
        + "00000000000000000000000090f8bf6a479f320ead074411a4b0e7944ea8c9c1"
        + "00000000000000000000000000000000000000000000000000038d7ea4c68000"
        + "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
        + "0000000000000000000000000000000000000000000000000000000000000001"
        + "beced09521047d05b8960b7e7bcc1d1292cf3e4b2a6b63f48335cbde5f7545d2"
        + "00000000000000000000000000000000000000000000000000000000000000e0"
        + "0000000000000000000000000000000000000000000000000000000000000040"
        + "0000000000000000000000000000000000000000000000000000000000000005"
        + "abababababababababababababababababababababababababababababababab"
        + "0000000000000000000000000000000000000000000000000000000000000041"
        + "03400d45cd0544f5465e831c9b04b31916b02822d29ec35afb75d23840d68a8d"
        + "58ef7eda9551cb710c98bdc89f3437295dddfc5d0ee7debe98152ccb12d0ac52"
        + "1b00000000000000000000000000000000000000000000000000000000000000";

    [Fact]
    public async Task GetTicketHash_on_chain_equals_the_spec_vector_and_Ticket_Hash()
    {
        var onChain = LivepeerAbi.DecodeTicketHash(await CallAsync(D.TicketBroker, LivepeerAbi.EncodeGetTicketHash(VectorTicket)));

        Assert.Equal("0x37f5aa6618a56b96e2140690db9a20e54e1ab8159d11dbd8bb863056e51919fb", onChain.ToString());
        Assert.Equal(VectorTicket.Hash(), onChain);
    }

    [Fact]
    public async Task The_spec_redeem_calldata_redeems_once_round_5_carries_the_vector_block_hash()
    {
        // Round 5 via the block-number override, initialized, then given the vector's 0xabab… hash.
        var start = await CurrentRoundStartBlockAsync();
        var round = await CurrentRoundAsync();
        await SendAsync(Deployer, D.RoundsManager, DevChainAbi.SetBlockNumOverride.EncodeCall(start + (5 - round) * D.RoundLength));
        Assert.Equal(5, await CurrentRoundAsync());
        await SendAsync(Deployer, D.RoundsManager, LivepeerAbi.EncodeInitializeRound());
        await SendAsync(Deployer, D.RoundsManager, DevChainAbi.EncodeSetBlockHashForRound(5, AbHash));
        await SendAsync(Deployer, D.BondingManager, DevChainAbi.EncodeSetTranscoder(VectorRecipient, registered: true, active: true, Ether));
        await FundAsync(VectorSender, Ether, 0);
        var calldata = Hex.Bytes(SpecCalldata);
        Assert.Equal(548, calldata.Length);
        Assert.Equal(calldata, LivepeerAbi.EncodeRedeemWinningTicket(new WinningTicket(VectorTicket, VectorTicket.Sign(VectorSender), Hash32.FromUInt256(42))));

        var receipt = await SendAsync(Stranger, D.TicketBroker, calldata);

        var redeemed = LivepeerAbi.DecodeWinningTicketRedeemed(receipt.Logs[^1].ToEventLog());
        Assert.Equal(Hash32.FromUInt256(42), redeemed.RecipientRand);
        Assert.Equal(VectorTicket.AuxData(), redeemed.AuxData);
        Assert.True(await IsUsedAsync(Hash32.Parse("0x37f5aa6618a56b96e2140690db9a20e54e1ab8159d11dbd8bb863056e51919fb")));
        Assert.Equal(Ether - new BigInteger(1_000_000_000_000_000), (await SenderInfoAsync(VectorSender.Address)).Deposit);
        Assert.Equal(new BigInteger(1_000_000_000_000_000), await PendingFeesAsync(VectorRecipient));
    }
}
