using Livepeer.Chain.Abi;
using Livepeer.Chain.Tests.Support;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Chain.Tests.Abi;

public sealed class AbiEventTests
{
    private static readonly AbiEvent Transfer = AbiEvent.Parse("Transfer(address indexed from, address indexed to, uint256 value)");
    private static readonly EthAddress From = EthAddress.Parse("0x90F8bf6A479f320ead074411a4B0e7944Ea8c9C1");
    private static readonly EthAddress To = EthAddress.Parse("0xFFcf8FDEE72ac11b5c542428B35EEF5769C409f0");

    [Fact]
    public void Topic0_is_keccak_of_the_canonical_signature()
    {
        Assert.Equal("0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef", Transfer.Topic0.ToString());
    }

    [Fact]
    public void Indexed_addresses_are_left_padded_topics_and_the_rest_is_data()
    {
        var log = Transfer.Encode(From, To, 1000);
        Assert.Equal(3, log.Topics.Count);
        Assert.Equal("0x" + Hex.Word(From.ToLowerHex()[2..]), log.Topics[1].ToString());
        Assert.Equal(Hex.Word("3e8"), Hex.Of(log.Data.Span));
        Assert.Equal([AbiValue.Address(From), AbiValue.Address(To), AbiValue.Number(1000)], Transfer.Decode(log));
        Assert.True(Transfer.Matches(log));
    }

    [Fact]
    public void A_log_of_another_event_or_with_the_wrong_topic_count_is_refused()
    {
        var other = new EventLog([Hash32.Keccak([1])], []);
        Assert.False(Transfer.Matches(other));
        Assert.Contains("log is not Transfer(address,address,uint256)", Assert.Throws<AbiException>(() => Transfer.Decode(other)).Message);

        var missing = new EventLog([Transfer.Topic0, Hash32.Zero], Hex.Bytes(Hex.Word("1")));
        Assert.Contains("has 2 topics, expected 3", Assert.Throws<AbiException>(() => Transfer.Decode(missing)).Message);

        var dirty = new EventLog([Transfer.Topic0, Hash32.Parse("01" + new string('0', 60) + "01"), Hash32.Zero], Hex.Bytes(Hex.Word("1")));
        Assert.Contains("indexed parameter 0 (from)", Assert.Throws<AbiException>(() => Transfer.Decode(dirty)).Message);
    }

    [Fact]
    public void Indexed_strings_are_only_their_hash()
    {
        var e = AbiEvent.Parse("Named(string indexed name, string value)");
        var log = e.Encode(AbiValue.String("TicketBroker"), AbiValue.String("x"));
        var values = e.Decode(log);
        Assert.Equal(Hash32.Keccak("TicketBroker"u8), values[0].AsHash32());
        Assert.Equal("x", values[1].AsString());
    }
}
