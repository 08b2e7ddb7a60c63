using System.Numerics;
using System.Text;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Numerics;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Protocol.Tests.Tickets;

// pm-protocol.md §12.1 (go-livepeer's own ticket vectors) and §12.2 (derived end-to-end vectors).
public sealed class SpecTicketVectorTests
{
    private const string BlockHash = "41b1a0649752af1b28b3dc29a1556eee781e4a4c3a1f7f53f90fa834de098c4d";
    private const string AuxBlockHash = "7624778dedc75f8b322b9fa1632a610d40b85e106c7d9bf0e743a9ce291b9c6f";

    private static Ticket ZeroTicket() =>
        new(EthAddress.Zero, EthAddress.Zero, 0, 0, 0, Hash32.Zero, 0, Hash32.Zero, 0, BigRational.Zero);

    public static TheoryData<string, Ticket, int> GoTicketHashes => new()
    {
        { "e1393fc7f6de093780674022f96cb8e3872235167d037c04d554e58c0e63d280", ZeroTicket() with { SenderNonce = 4294967295 }, 168 },
        { "ce0918ba94518293e9712effbe5fca4f1f431089833a5b8c257cb1e024595f68", ZeroTicket() with { SenderNonce = 1 }, 168 },
        { "87ef13f2d37e4d5352a01d3c77b8179d80e0887f1953bfabfd0bfd7b0f689ddd", ZeroTicket() with { FaceValue = 1, WinProb = 500 }, 168 },
        { "aa4b35071043587992ac8b9dd1b2cf1d8311130e6458cf0b2342484e21af5f5b", ZeroTicket() with { FaceValue = 500, WinProb = 1 }, 168 },
        { "81e353ae39046e2b77b9f996abbaeed527fda559b61ef90f299c4499dd508ccc", ZeroTicket() with { Recipient = EthAddress.Parse("0x73AEd7b5dEb30222fa896f399d46cC99c7BEe57F") }, 168 },
        { "be5eaf9a49a39540b9bb02f1a21904f61324a29819e2c032824bfaa10c100b17", ZeroTicket() with { RecipientRandHash = Hash32.Parse(BlockHash) }, 168 },
        { "e502907c16036ab3d11b78c5a2e93c20f3d6415c67f91de4ed01348182b3b2e2", ZeroTicket() with { CreationRound = 10, CreationRoundBlockHash = Hash32.Parse(BlockHash) }, 232 },
    };

    [Theory]
    [MemberData(nameof(GoTicketHashes))]
    public void Go_ticket_hash(string expected, Ticket ticket, int flatLength)
    {
        Assert.Equal(flatLength, ticket.Flatten().Length);
        Assert.Equal(expected, ticket.Hash().ToHex());
    }

    public static TheoryData<long, string, string> GoAuxData => new()
    {
        { 0, AuxBlockHash, new string('0', 64) + AuxBlockHash },
        { 5, new string('0', 64), "0000000000000000000000000000000000000000000000000000000000000005" + new string('0', 64) },
        { 0, new string('0', 64), "" },
        { 5, AuxBlockHash, "0000000000000000000000000000000000000000000000000000000000000005" + AuxBlockHash },
    };

    [Theory]
    [MemberData(nameof(GoAuxData))]
    public void Go_aux_data(long round, string blockHash, string expected) =>
        Assert.Equal(expected, Convert.ToHexStringLower(new TicketExpirationParams(round, Hash32.Parse(blockHash)).AuxData()));

    [Fact]
    public void Go_aux_data_with_unset_block_hash_is_the_zero_hash()
    {
        var aux = new TicketExpirationParams(5, default).AuxData();
        Assert.Equal("0000000000000000000000000000000000000000000000000000000000000005" + new string('0', 64), Convert.ToHexStringLower(aux));
    }

    [Fact]
    public void Negative_round_pads_its_magnitude_as_go_does()
    {
        var aux = new TicketExpirationParams(-5, Hash32.Zero).AuxData();
        Assert.Equal(new TicketExpirationParams(5, Hash32.Zero).AuxData(), aux);
    }

    [Fact]
    public void Go_expected_values_and_win_probabilities()
    {
        var maxp = PmConstants.MaxWinProb;
        Assert.Equal("500", TicketMath.ExpectedValue(1000, maxp / 2).ToDecimalString(0));
        Assert.Equal(BigRational.Zero, TicketMath.ExpectedValue(1000, 0));
        Assert.Equal(new BigRational(1000), TicketMath.ExpectedValue(1000, maxp));
        Assert.Equal(BigRational.Zero, TicketMath.ExpectedValue(0, maxp));
        Assert.Equal("0.50", TicketMath.WinProbability(maxp / 2).ToDecimalString(2));
        Assert.Equal("0.25", TicketMath.WinProbability(maxp / 4).ToDecimalString(2));
        Assert.Equal(BigRational.One, TicketMath.WinProbability(maxp));
    }

    [Fact]
    public void Go_recipient_rand_hash_of_ten() =>
        Assert.Equal("c65a7bb8d6351c1cf70c95a316cc6a92839c986682d98bc35f958f4883f9d2a8", RecipientRand.HashOf(Hash32.FromUInt256(10)).ToHex());

    [Fact]
    public void Go_validator_foo_signature_wins_with_maxp_and_loses_with_zero()
    {
        var foo = "foo"u8.ToArray();
        var rand = Hash32.FromUInt256(10);
        Assert.True(TicketMath.IsWinning(foo, rand, PmConstants.MaxWinProb));
        Assert.False(TicketMath.IsWinning(foo, rand, BigInteger.Zero));
        Assert.True(TicketMath.IsWinning(foo, rand, Hash32.FromUInt256(PmConstants.MaxWinProb)));
        Assert.False(TicketMath.IsWinning(foo, rand, Hash32.Zero));
    }

    // §12.2 inputs.
    private static readonly EthKey SenderKey = EthKey.FromHex("fad9c8855b740a0b7ed4c221dbad0f33a83a49cad6b3fe8d5817ac83d38b6a19");
    private static readonly byte[] Secret = Convert.FromHexString("03" + new string('0', 62));
    private static readonly TicketExpirationParams Expiration = new(10, Hash32.Parse(BlockHash));
    private static readonly Hash32 Rand = Hash32.Parse("f61aa209bc76c07f35b66c48dfcf467a0f09ccc46adf1ef707ef9d676ce7e371");

    private static TicketParams DerivedParams() => new(
        EthAddress.Parse("0x73AEd7b5dEb30222fa896f399d46cC99c7BEe57F"),
        100000000,
        BigInteger.Parse("5789604461865809771178549250434395392663499233282028201972879200395660"),
        Hash32.Parse("390a968e8123f255fb7c4f534d69925ea53d1ff69e0a63310cd1719917c21aa2"),
        BigEndian.FromBytes(Convert.FromHexString("0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20")),
        41,
        BigRational.One,
        Expiration);

    [Fact]
    public void Derived_recipient_rand()
    {
        var p = DerivedParams();
        Assert.Equal("0x96216849c49358B10257cb55b28eA603c874b05E", SenderKey.Address.ToString());
        var message = RecipientRand.Message(p.Seed, SenderKey.Address, p.FaceValue, p.WinProb, p.ExpirationBlock, p.PricePerPixel, Expiration);
        Assert.Equal(
            "0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20" + "96216849c49358b10257cb55b28ea603c874b05e"
            + "05f5e100" + "d6bf94d5e57a42bc3d32907604691b4c8ca08cd2e1b9c3db8c8330a18c" + "29" + "01" + "01"
            + "000000000000000000000000000000000000000000000000000000000000000a" + BlockHash,
            Convert.ToHexStringLower(message));
        var rand = RecipientRand.Compute(Secret, p, SenderKey.Address, Expiration);
        Assert.Equal(Rand, rand);
        Assert.Equal(p.RecipientRandHash, RecipientRand.HashOf(rand));
    }

    [Fact]
    public void Derived_flat_for_nonce_one()
    {
        var ticket = Ticket.Create(DerivedParams(), SenderKey.Address, Expiration, 1);
        Assert.Equal(
            "73aed7b5deb30222fa896f399d46cc99c7bee57f" + "96216849c49358b10257cb55b28ea603c874b05e"
            + "0000000000000000000000000000000000000000000000000000000005f5e100"
            + "000000d6bf94d5e57a42bc3d32907604691b4c8ca08cd2e1b9c3db8c8330a18c"
            + "0000000000000000000000000000000000000000000000000000000000000001"
            + "390a968e8123f255fb7c4f534d69925ea53d1ff69e0a63310cd1719917c21aa2"
            + "000000000000000000000000000000000000000000000000000000000000000a"
            + BlockHash,
            Convert.ToHexStringLower(ticket.Flatten()));
    }

    public static TheoryData<uint, string, string, string, string> DerivedTickets => new()
    {
        {
            1, "cf5ee43027b5ce600fbce6b3f43330f4ad92f4a3838439452608a66cc7a76c3e", "a9f49de6043d1c75b24a9cc84fa92fa2e9683b1249dc0ce6882c10746b565725",
            "c0a99302077b38f333509a6310c4a0586fa2f5b2457dc250d8517d889b1e2b072c60d4aeb5a69486b0ea3634eddc9a6e5b548da7a4607bd21902c289687c4f5b1b",
            "5153fd40f82d9e957873c8e0ad7deb9a07f39187b808dbe09a63794849d2e60b"
        },
        {
            2, "8abcae4c07ef86623873eb658171d76054f55f5adf323f07865333a929fa64fb", "0b5abe80a6db17e29a6339a064c9b81a1f7165075b0da510158f749155ce66a5",
            "e5487a3fa55b591e82c010889d3942302309173c0dbfb7d4fa07ac8dcaa7c8b478e48a2f3c9d31ea995bf00d656d31b96a3221850f2fff3e4f05642a4ed227d61c",
            "131db303cdf2dd16424d1129dddf8f644f6a77dbaa93499b89450eaf3ecb4f30"
        },
        {
            3, "af5f0db88b341105493e1bbaaa5dc60528c9ee738ee18eaaadd54692d096cef2", "99d2bb0b68dbd7fd6cd9dbc9a5a8d55925f60c109ee2192e844d3561b3629393",
            "9ad8016dd4df6d2271cb2345da22772df1879faa20b594a477f4fe6c4fcf1a7578fe7de80234aeb28f60f1c9eaf38daa2e785f046af9383844507629fdc949581c",
            "13e055b9696c7263710e8198e6a284cdb0facaf4900add7e122b3675203f2eb1"
        },
    };

    [Theory]
    [MemberData(nameof(DerivedTickets))]
    public void Derived_ticket(uint nonce, string hash, string digest, string sig, string winHash)
    {
        var ticket = Ticket.Create(DerivedParams(), SenderKey.Address, Expiration, nonce);
        var ticketHash = ticket.Hash();
        Assert.Equal(hash, ticketHash.ToHex());
        Assert.Equal(digest, Convert.ToHexStringLower(Eip191.Digest(ticketHash.ToArray())));
        var signature = ticket.Sign(SenderKey);
        Assert.Equal(sig, Convert.ToHexStringLower(signature));
        Assert.Equal(winHash, TicketMath.WinHash(signature, Rand).ToHex());
        Assert.False(ticket.IsWinning(signature, Rand));
    }

    [Fact]
    public void Derived_always_winning_ticket()
    {
        var ticket = Ticket.Create(DerivedParams() with { WinProb = PmConstants.MaxWinProb }, SenderKey.Address, Expiration, 1);
        Assert.Equal("8bacd0da5baefee87f7f7fb96f1133596a0da91ccb6403e387c3997ee339c93c", ticket.Hash().ToHex());
        var signature = ticket.Sign(SenderKey);
        Assert.Equal(
            "158dc50026685cbd9fd1a1e0ae43b20dfb1aa5767700d736a8d4f572df4a4c343a6587aa8a6b8d3a41d839f45b5bb41efa76f468882cf3ffe596f332c3be166f1b",
            Convert.ToHexStringLower(signature));
        Assert.True(ticket.IsWinning(signature, Rand));
    }

    [Fact]
    public void Derived_win_prob_is_the_rounded_up_ev_of_five() =>
        Assert.Equal(DerivedParams().WinProb, TicketMath.WinProbFor(100000000, 5));

    [Fact]
    public void Info_signature_covers_the_checksummed_address_string()
    {
        var message = Encoding.ASCII.GetBytes(SenderKey.Address.ToString());
        Assert.Equal("86823e0a870be94a5ea7641cd849e4938a5537b90e12235c02e4bcf660463c30", Convert.ToHexStringLower(Eip191.Digest(Keccak256.Hash(message))));
    }
}
