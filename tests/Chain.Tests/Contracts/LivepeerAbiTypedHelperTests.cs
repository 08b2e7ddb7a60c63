using System.Numerics;
using Livepeer.Chain.Abi;
using Livepeer.Chain.Contracts.Abi;
using Livepeer.Chain.Tests.Support;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Chain.Tests.Contracts;

public sealed class LivepeerAbiTypedHelperTests
{
    private static readonly BigInteger Eth = BigInteger.Pow(10, 18);
    private static readonly EthAddress Gateway = EthAddress.Parse("0x90F8bf6A479f320ead074411a4B0e7944Ea8c9C1");
    private static readonly EthAddress Orchestrator = EthAddress.Parse("0xFFcf8FDEE72ac11b5c542428B35EEF5769C409f0");

    [Fact]
    public void GetSenderInfo_decodes_the_four_word_example_of_the_spec()
    {
        // chain.md §2.5: deposit 1 ETH, reserve 0.5 ETH.
        var returned = Hex.Bytes(Hex.Word("0de0b6b3a7640000") + Hex.Word("0") + Hex.Word("06f05b59d3b20000") + Hex.Word("0"));
        var info = LivepeerAbi.DecodeSenderInfo(returned);
        Assert.Equal(Eth, info.Deposit);
        Assert.Equal(0, info.WithdrawRound);
        Assert.Equal(Eth / 2, info.Reserve.FundsRemaining);
        Assert.Equal(BigInteger.Zero, info.Reserve.ClaimedInCurrentRound);

        Assert.Equal(returned, LivepeerAbi.GetSenderInfo.EncodeOutput(
            AbiValue.List(Eth, 0L), AbiValue.List(Eth / 2, 0L)));
        Assert.Equal("e1a589da" + Hex.Word(Gateway.ToLowerHex()[2..]), Hex.Of(LivepeerAbi.EncodeGetSenderInfo(Gateway)));
    }

    [Fact]
    public void GetSenderInfo_refuses_short_data_and_empty_returns_with_the_function_name()
    {
        var shortError = Assert.Throws<AbiException>(() => LivepeerAbi.DecodeSenderInfo(new byte[96]));
        Assert.StartsWith("getSenderInfo(address) return data", shortError.Message);
        var emptyError = Assert.Throws<AbiException>(() => LivepeerAbi.DecodeSenderInfo([]));
        Assert.Contains("returned no data", emptyError.Message);
    }

    [Fact]
    public void Withdraw_round_beyond_a_long_is_refused()
    {
        var returned = Hex.Bytes(Hex.Word("1") + new string('f', 64) + Hex.Word("0") + Hex.Word("0"));
        Assert.Contains("withdrawRound", Assert.Throws<AbiException>(() => LivepeerAbi.DecodeSenderInfo(returned)).Message);
    }

    [Fact]
    public void Single_word_views_encode_their_selector_and_decode_their_word()
    {
        Assert.Equal("8a19c8bc", Hex.Of(LivepeerAbi.EncodeCurrentRound()));
        Assert.Equal(4321, LivepeerAbi.DecodeCurrentRound(Hex.Bytes(Hex.Word("10e1"))));
        Assert.True(LivepeerAbi.DecodeCurrentRoundInitialized(Hex.Bytes(Hex.Word("1"))));
        Assert.Equal(5760, LivepeerAbi.DecodeRoundLength(Hex.Bytes(Hex.Word("1680"))));
        Assert.Equal("3aa4add4" + Hex.Word("5"), Hex.Of(LivepeerAbi.EncodeBlockHashForRound(5)));
        Assert.Equal(Hash32.Zero, LivepeerAbi.DecodeBlockHashForRound(new byte[32]));
        Assert.Equal("59a515ba" + new string('a', 64), Hex.Of(LivepeerAbi.EncodeUsedTickets(Hash32.Parse(new string('a', 64)))));
        Assert.False(LivepeerAbi.DecodeUsedTickets(new byte[32]));
        Assert.Equal("4ac826da" + Hex.Word(Gateway.ToLowerHex()[2..]) + Hex.Word(Orchestrator.ToLowerHex()[2..]),
            Hex.Of(LivepeerAbi.EncodeClaimedReserve(Gateway, Orchestrator)));
        Assert.Equal(Eth / 100, LivepeerAbi.DecodeClaimedReserve(Hex.Bytes(Hex.Word("2386f26fc10000"))));
        Assert.Equal(100, LivepeerAbi.DecodeTranscoderPoolSize(Hex.Bytes(Hex.Word("64"))));
        Assert.Equal(Orchestrator, LivepeerAbi.DecodeNextTranscoderInPool(Hex.Bytes(Hex.Word(Orchestrator.ToLowerHex()[2..]))));
        Assert.Equal("511f4073" + Hex.Word("0de0b6b3a7640000") + Hex.Word("06f05b59d3b20000"),
            Hex.Of(LivepeerAbi.EncodeFundDepositAndReserve(Eth, Eth / 2)));
        Assert.Equal("6caa736b", Hex.Of(LivepeerAbi.EncodeFundDeposit()));
        Assert.Equal("d4807fb2", Hex.Of(LivepeerAbi.EncodeInitializeRound()));
    }

    [Fact]
    public void Controller_getContract_takes_the_id_of_the_name()
    {
        Assert.Equal("e16c7d98" + "bd1aa3e8d2464256d7fd3dcf645c16418d5d8c51d971f1ad7d57e7b1b5eee239",
            Hex.Of(LivepeerAbi.EncodeGetContract("TicketBroker")));
        var broker = EthAddress.Parse("0xa8bB618B1520E284046F3dFc448851A1Ff26e41B");
        Assert.Equal(broker, LivepeerAbi.DecodeGetContract(LivepeerAbi.GetContract.EncodeOutput(broker)));
    }

    [Fact]
    public void GetTranscoder_decodes_ten_words()
    {
        var words = LivepeerAbi.GetTranscoder.EncodeOutput(100L, 50_000L, 250_000L, 99L, 90L, 1_000L, Eth, 2 * Eth, 3 * Eth, 98L);
        Assert.Equal(320, words.Length);
        var info = LivepeerAbi.DecodeTranscoder(words);
        Assert.Equal(new TranscoderInfo(100, 50_000, 250_000, 99, 90, 1_000, Eth, 2 * Eth, 3 * Eth, 98), info);
        Assert.True(info.IsActiveIn(90));
        Assert.False(info.IsActiveIn(1_000));
    }

    [Fact]
    public void GetTranscoder_accepts_the_never_deactivation_round_of_active_transcoders()
    {
        var never = (BigInteger.One << 256) - 1;
        var words = LivepeerAbi.GetTranscoder.EncodeOutput(100L, 50_000L, 250_000L, 99L, 90L, never, Eth, 2 * Eth, 3 * Eth, 98L);
        var info = LivepeerAbi.DecodeTranscoder(words);
        Assert.Equal(never, info.DeactivationRound);
        Assert.True(info.IsActiveIn(long.MaxValue));
    }

    [Fact]
    public void GetServiceUri_decodes_a_dynamic_string()
    {
        const string uri = "https://orchestrator.example:8935";
        var returned = LivepeerAbi.GetServiceUri.EncodeOutput(AbiValue.String(uri));
        Assert.Equal(Hex.Word("20"), Hex.Of(returned.AsSpan(0, 32)));
        Assert.Equal(uri, LivepeerAbi.DecodeServiceUri(returned));
        Assert.Equal("", LivepeerAbi.DecodeServiceUri(LivepeerAbi.GetServiceUri.EncodeOutput(AbiValue.String(""))));
    }

    [Fact]
    public void TicketBroker_logs_decode_to_typed_records()
    {
        Assert.Equal(new DepositFundedLog(Gateway, Eth),
            LivepeerAbi.DecodeDepositFunded(LivepeerAbi.DepositFundedEvent.Encode(Gateway, Eth)));
        Assert.Equal(new ReserveFundedLog(Gateway, Eth / 2),
            LivepeerAbi.DecodeReserveFunded(LivepeerAbi.ReserveFundedEvent.Encode(Gateway, Eth / 2)));
        Assert.Equal(new ReserveClaimedLog(Gateway, Orchestrator, Eth / 100),
            LivepeerAbi.DecodeReserveClaimed(LivepeerAbi.ReserveClaimedEvent.Encode(Gateway, Orchestrator, Eth / 100)));
        Assert.Equal(new WinningTicketTransferLog(Gateway, Orchestrator, 7),
            LivepeerAbi.DecodeWinningTicketTransfer(LivepeerAbi.WinningTicketTransferEvent.Encode(Gateway, Orchestrator, 7L)));
        Assert.Equal(new UnlockLog(Gateway, 10, 12), LivepeerAbi.DecodeUnlock(LivepeerAbi.UnlockEvent.Encode(Gateway, 10L, 12L)));
        Assert.Equal(new UnlockCancelledLog(Gateway), LivepeerAbi.DecodeUnlockCancelled(LivepeerAbi.UnlockCancelledEvent.Encode(Gateway)));
        Assert.Equal(new WithdrawalLog(Gateway, Eth, 0), LivepeerAbi.DecodeWithdrawal(LivepeerAbi.WithdrawalEvent.Encode(Gateway, Eth, 0L)));
        Assert.Equal("unlockPeriod", LivepeerAbi.DecodeParameterUpdate(LivepeerAbi.ParameterUpdateEvent.Encode(AbiValue.String("unlockPeriod"))));
    }

    [Fact]
    public void NewRound_log_has_the_round_in_topic1_and_the_hash_in_data()
    {
        var blockHash = Hash32.Parse(new string('c', 64));
        var log = new EventLog([LivepeerAbi.NewRoundEvent.Topic0, Hash32.FromUInt256(3571)], blockHash.ToArray());
        Assert.Equal(new NewRoundLog(3571, blockHash), LivepeerAbi.DecodeNewRound(log));
        Assert.Throws<AbiException>(() => LivepeerAbi.DecodeDepositFunded(log));
    }

    [Fact]
    public void ServiceUriUpdate_and_SetContractInfo_logs_decode()
    {
        var log = LivepeerAbi.ServiceUriUpdateEvent.Encode(Orchestrator, AbiValue.String("https://o.example:8935"));
        Assert.Equal(new ServiceUriUpdateLog(Orchestrator, "https://o.example:8935"), LivepeerAbi.DecodeServiceUriUpdate(log));

        var id = LivepeerAbi.ContractId("TicketBrokerTarget");
        var info = LivepeerAbi.DecodeSetContractInfo(LivepeerAbi.SetContractInfoEvent.Encode(id, Orchestrator, AbiValue.Bytes(new byte[20])));
        Assert.Equal(id, info.Id);
        Assert.Equal(Orchestrator, info.ContractAddress);
        Assert.Equal(20, info.GitCommitHash.Length);
    }
}
