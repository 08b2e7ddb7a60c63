using System.Globalization;
using System.Numerics;
using Livepeer.Chain.Abi;
using Livepeer.Chain.Contracts.Abi;
using Livepeer.DevChain.Contracts;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Payments;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Chain.Tests.DevChain;

// chain.md §10.6 scenario 7 and §2.7: every redeemWinningTicket check with mainnet's message, and their order.
[Collection(DevChainCollection.Name)]
public sealed class RedemptionRevertTests(DevChainFixture fixture) : DevChainTestBase(fixture)
{
    private static readonly BigInteger CurveOrder = BigInteger.Parse("0FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141", NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await FundAsync(Sender, Ether, Ether);
    }

    /// <summary>redeemWinningTicket calldata with each part given separately, so malformed parts can be sent.</summary>
    private static byte[] Calldata(Ticket ticket, byte[] signature, Hash32 recipientRand, byte[]? auxData = null) =>
        LivepeerAbi.RedeemWinningTicket.EncodeCall(
            AbiValue.List(
                ticket.Recipient, ticket.Sender, ticket.FaceValue, ticket.WinProb, (long)ticket.SenderNonce, ticket.RecipientRandHash,
                AbiValue.Bytes(auxData ?? ticket.AuxData())),
            AbiValue.Bytes(signature),
            recipientRand.ToUInt256());

    private Task<string> RevertAsync(Ticket ticket, byte[] signature, Hash32 recipientRand, byte[]? auxData = null) =>
        RevertReasonAsync(Orchestrator, D.TicketBroker, Calldata(ticket, signature, recipientRand, auxData));

    [Fact]
    public async Task V_of_0_or_1_is_refused()
    {
        var w = await TicketAsync(Sender, 1000);
        var sig = (byte[])w.Signature.Clone();
        sig[64] -= 27;

        Assert.Equal("ECDSA: invalid signature 'v' value", await RevertAsync(w.Ticket, sig, w.RecipientRand));
    }

    [Fact]
    public async Task A_high_s_signature_of_the_same_signer_is_refused()
    {
        var w = await TicketAsync(Sender, 1000);
        var s = new BigInteger(w.Signature.AsSpan(32, 32), isUnsigned: true, isBigEndian: true);
        var highS = (CurveOrder - s).ToByteArray(isUnsigned: true, isBigEndian: true);
        var sig = (byte[])w.Signature.Clone();
        highS.CopyTo(sig.AsSpan(64 - highS.Length));
        sig[64] = (byte)(sig[64] == 27 ? 28 : 27);

        Assert.Equal("ECDSA: invalid signature 's' value", await RevertAsync(w.Ticket, sig, w.RecipientRand));
    }

    [Fact]
    public async Task Only_65_byte_signatures_are_accepted()
    {
        var w = await TicketAsync(Sender, 1000);

        Assert.Equal("INVALID_SIGNATURE_LENGTH", await RevertAsync(w.Ticket, w.Signature[..64], w.RecipientRand));
        Assert.Equal("INVALID_SIGNATURE_LENGTH", await RevertAsync(w.Ticket, [.. w.Signature, 0], w.RecipientRand));
    }

    [Fact]
    public async Task A_signature_by_another_key_is_refused()
    {
        var w = await TicketAsync(Sender, 1000, signer: Stranger);

        Assert.Equal("invalid signature over ticket hash", await RedeemRevertAsync(w));
    }

    [Fact]
    public async Task A_signature_recovering_to_no_address_is_refused()
    {
        var w = await TicketAsync(Sender, 1000);
        // r = 0 is not a curve point's x: ecrecover returns the zero address.
        var sig = (byte[])w.Signature.Clone();
        sig.AsSpan(0, 32).Clear();

        Assert.Equal("ECDSA: invalid signature", await RevertAsync(w.Ticket, sig, w.RecipientRand));
    }

    [Fact]
    public async Task AuxData_must_be_exactly_64_bytes()
    {
        var w = await TicketAsync(Sender, 1000);
        var aux = w.Ticket.AuxData();

        const string Expected = "invalid length for ticket auxData: must be 64 bytes";
        Assert.Equal(Expected, await RevertAsync(w.Ticket, w.Signature, w.RecipientRand, aux[..63]));
        Assert.Equal(Expected, await RevertAsync(w.Ticket, w.Signature, w.RecipientRand, []));
        Assert.Equal(Expected, await RevertAsync(w.Ticket, w.Signature, w.RecipientRand, [.. aux, 0]));
    }

    [Fact]
    public async Task The_creation_round_block_hash_must_match_the_chain()
    {
        var w = await TicketAsync(Sender, 1000, creationRoundBlockHash: Hash32.Keccak([1, 2, 3]));

        Assert.Equal("ticket creationRoundBlockHash invalid for creationRound", await RedeemRevertAsync(w));
    }

    [Fact]
    public async Task A_round_that_was_never_initialized_has_no_block_hash()
    {
        var round = await CurrentRoundAsync();
        var w = await TicketAsync(Sender, 1000, creationRound: round + 1, creationRoundBlockHash: Hash32.Keccak([9]));

        Assert.Equal("ticket creationRound does not have a block hash", await RedeemRevertAsync(w));

        // The test control sets a round's hash directly; then the same ticket redeems.
        await SendAsync(Deployer, D.RoundsManager, DevChainAbi.EncodeSetBlockHashForRound(round + 1, Hash32.Keccak([9])));
        await RedeemAsync(w);
        Assert.True(await IsUsedAsync(w.Ticket.Hash()));
    }

    [Fact]
    public async Task The_recipientRand_must_hash_to_the_commitment()
    {
        var w = await TicketAsync(Sender, 1000);

        Assert.Equal("recipientRand does not match recipientRandHash", await RevertAsync(w.Ticket, w.Signature, Hash32.FromUInt256(42)));
    }

    [Fact]
    public async Task A_losing_ticket_is_refused()
    {
        var w = await TicketAsync(Sender, 1000, winProb: BigInteger.Zero);

        Assert.False(w.Ticket.IsWinning(w.Signature, w.RecipientRand));
        Assert.Equal("ticket did not win", await RedeemRevertAsync(w));
    }

    [Fact]
    public async Task Null_recipient_or_sender_is_refused()
    {
        var w = await TicketAsync(Sender, 1000);

        Assert.Equal("ticket recipient is null address", await RevertAsync(w.Ticket with { Recipient = EthAddress.Zero }, w.Signature, w.RecipientRand));
        Assert.Equal("ticket sender is null address", await RevertAsync(w.Ticket with { Sender = EthAddress.Zero }, w.Signature, w.RecipientRand));
    }

    [Fact]
    public async Task A_sender_without_deposit_or_reserve_cannot_pay()
    {
        var w = await TicketAsync(Stranger, 1000);

        Assert.Equal("sender deposit and reserve are zero", await RedeemRevertAsync(w));
    }

    [Fact]
    public async Task An_unregistered_recipient_cannot_receive_fees()
    {
        var w = await TicketAsync(Sender, 1000, recipient: EthKey.Generate().Address);

        Assert.Equal("transcoder must be registered", await RedeemRevertAsync(w));
    }

    [Fact]
    public async Task Nothing_redeems_while_the_system_is_paused()
    {
        var w = await TicketAsync(Sender, 1000);
        await SendAsync(Deployer, D.Controller, DevChainAbi.Pause.EncodeCall());

        Assert.Equal("system is paused", await RedeemRevertAsync(w));

        await SendAsync(Deployer, D.Controller, DevChainAbi.Unpause.EncodeCall());
        await RedeemAsync(w);
    }

    [Fact]
    public async Task Nothing_redeems_until_the_current_round_is_initialized()
    {
        var w = await TicketAsync(Sender, 1000);
        await MineAsync(D.RoundLength);

        Assert.Equal("current round is not initialized", await RedeemRevertAsync(w));
    }

    [Fact]
    public async Task A_replay_fails_in_a_mined_transaction_with_the_same_reason()
    {
        var w = await TicketAsync(Sender, 1000);
        await RedeemAsync(w);

        Assert.Equal("ticket is used", await MinedRevertReasonAsync(Orchestrator, D.TicketBroker, LivepeerAbi.EncodeRedeemWinningTicket(w)));
    }

    [Fact]
    public async Task The_checks_run_in_mainnet_order()
    {
        var w = await TicketAsync(Sender, 1000);
        var badV = (byte[])w.Signature.Clone();
        badV[64] = 1;
        var wrongRand = Hash32.FromUInt256(7);

        // paused before everything, even a malformed ticket
        await SendAsync(Deployer, D.Controller, DevChainAbi.Pause.EncodeCall());
        Assert.Equal("system is paused", await RevertAsync(w.Ticket with { Recipient = EthAddress.Zero }, badV, wrongRand, []));
        await SendAsync(Deployer, D.Controller, DevChainAbi.Unpause.EncodeCall());
        // recipient before sender before auxData
        Assert.Equal("ticket recipient is null address", await RevertAsync(w.Ticket with { Recipient = EthAddress.Zero, Sender = EthAddress.Zero }, badV, wrongRand, []));
        Assert.Equal("ticket sender is null address", await RevertAsync(w.Ticket with { Sender = EthAddress.Zero }, badV, wrongRand, []));
        // auxData before recipientRand before the signature
        Assert.Equal("invalid length for ticket auxData: must be 64 bytes", await RevertAsync(w.Ticket, badV, wrongRand, []));
        Assert.Equal("recipientRand does not match recipientRandHash", await RevertAsync(w.Ticket, badV, wrongRand));
        // signature before the win check
        var loser = await TicketAsync(Sender, 1000, winProb: BigInteger.Zero);
        var loserBadV = (byte[])loser.Signature.Clone();
        loserBadV[64] = 0;
        Assert.Equal("ECDSA: invalid signature 'v' value", await RevertAsync(loser.Ticket, loserBadV, loser.RecipientRand));
        // used before the signature
        await RedeemAsync(w);
        Assert.Equal("ticket is used", await RevertAsync(w.Ticket, badV, w.RecipientRand));
        // win check before the lock and funds checks
        var poorLoser = await TicketAsync(Stranger, 1000, winProb: BigInteger.Zero);
        Assert.Equal("ticket did not win", await RedeemRevertAsync(poorLoser));
        // the expiry is part of the auxData checks, so it comes before the signature
        var old = await TicketAsync(Sender, 1000);
        await StartNextRoundAsync();
        await StartNextRoundAsync();
        var oldBadV = (byte[])old.Signature.Clone();
        oldBadV[64] = 1;
        Assert.Equal("ticket is expired", await RevertAsync(old.Ticket, oldBadV, old.RecipientRand));
    }
}
