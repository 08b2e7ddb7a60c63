using System.Numerics;
using Livepeer.Chain.Contracts;
using Livepeer.Chain.InMemory;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Numerics;
using Livepeer.Protocol.Payments;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Chain.Tests.InMemory;

public sealed class InMemoryChainRedemptionTests
{
    private static readonly BigInteger Eth = BigInteger.Pow(10, 18);
    private readonly InMemoryChain _chain = new(roundLength: 100, startBlock: 1_000);
    private readonly EthKey _sender = EthKey.Generate();
    private readonly EthAddress _recipient = EthKey.Generate().Address;
    private readonly TicketParamsIssuer _issuer;

    public InMemoryChainRedemptionTests()
    {
        _issuer = new TicketParamsIssuer(_recipient, TicketParamsIssuer.NewSecret(), new PaymentOptions());
        _chain.RegisterTranscoder(_recipient, stake: 1_000);
    }

    private async Task<WinningTicket> WinnerAsync(BigInteger faceValue, uint nonce = 1)
    {
        var round = await _chain.GetRoundStateAsync();
        var expiration = new TicketExpirationParams(round.LastInitializedRound, round.LastInitializedRoundBlockHash);
        var seed = TicketParamsIssuer.NewSeed();
        var rand = RecipientRand.Compute(TestSecret, seed, _sender.Address, faceValue, PmConstants.MaxWinProb, 2_000, BigRational.One, expiration);
        var ticketParams = new TicketParams(_recipient, faceValue, PmConstants.MaxWinProb, RecipientRand.HashOf(rand), seed, 2_000, BigRational.One, expiration);
        var ticket = Ticket.Create(ticketParams, _sender.Address, expiration, nonce);
        return new WinningTicket(ticket, ticket.Sign(_sender), rand);
    }

    private static readonly byte[] TestSecret = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();

    [Fact]
    public async Task Pays_face_value_from_deposit_and_marks_ticket_used()
    {
        _chain.FundDepositAndReserve(_sender.Address, Eth, Eth / 2);
        var winner = await WinnerAsync(1_000_000);

        var receipt = await _chain.RedeemWinningTicketAsync(winner);

        Assert.Equal(1_000_000, receipt.AmountPaid);
        Assert.Equal(Eth - 1_000_000, (await _chain.GetSenderInfoAsync(_sender.Address)).Deposit);
        Assert.True(await _chain.IsTicketUsedAsync(winner.Ticket.Hash()));
        Assert.Equal(1_000_000, _chain.FeesOf(_recipient));
    }

    [Fact]
    public async Task Replayed_ticket_reverts_as_used()
    {
        _chain.FundDepositAndReserve(_sender.Address, Eth, 0);
        var winner = await WinnerAsync(10);
        await _chain.RedeemWinningTicketAsync(winner);

        var revert = await Assert.ThrowsAsync<ContractRevertException>(() => _chain.RedeemWinningTicketAsync(winner));
        Assert.Equal("ticket is used", revert.Reason);
    }

    [Fact]
    public async Task Ticket_two_rounds_old_is_expired()
    {
        _chain.FundDepositAndReserve(_sender.Address, Eth, 0);
        var winner = await WinnerAsync(10);
        _chain.AdvanceRound();
        _chain.AdvanceRound();

        var revert = await Assert.ThrowsAsync<ContractRevertException>(() => _chain.RedeemWinningTicketAsync(winner));
        Assert.Equal("ticket is expired", revert.Reason);
    }

    [Fact]
    public async Task Wrong_recipient_rand_and_bad_signer_revert_with_contract_reasons()
    {
        _chain.FundDepositAndReserve(_sender.Address, Eth, 0);
        var winner = await WinnerAsync(10);

        var badRand = winner with { RecipientRand = Hash32.FromUInt256(42) };
        Assert.Equal("recipientRand does not match recipientRandHash",
            (await Assert.ThrowsAsync<ContractRevertException>(() => _chain.RedeemWinningTicketAsync(badRand))).Reason);

        var other = EthKey.Generate();
        var forged = winner with { Signature = winner.Ticket.Sign(other) };
        Assert.Equal("invalid signature over ticket hash",
            (await Assert.ThrowsAsync<ContractRevertException>(() => _chain.RedeemWinningTicketAsync(forged))).Reason);
    }

    [Fact]
    public async Task Reserve_claim_follows_the_worked_example()
    {
        // chain.md §2.10: D = 0.1 ETH, reserve 1 ETH, pool of 100, F = 0.5 ETH → pays 0.11 ETH.
        for (int i = 1; i < 100; i++)
        {
            _chain.RegisterTranscoder(EthKey.Generate().Address, stake: 1);
        }
        _chain.FundDepositAndReserve(_sender.Address, Eth / 10, Eth);

        var receipt = await _chain.RedeemWinningTicketAsync(await WinnerAsync(Eth / 2, nonce: 1));
        Assert.Equal(Eth / 10 + Eth / 100, receipt.AmountPaid);
        var info = await _chain.GetSenderInfoAsync(_sender.Address);
        Assert.Equal(BigInteger.Zero, info.Deposit);
        Assert.Equal(Eth - Eth / 100, info.Reserve.FundsRemaining);
        Assert.Equal(Eth / 100, await _chain.GetClaimedReserveAsync(_sender.Address, _recipient));

        var second = await _chain.RedeemWinningTicketAsync(await WinnerAsync(Eth / 2, nonce: 2));
        Assert.Equal(BigInteger.Zero, second.AmountPaid);
    }

    [Fact]
    public async Task Unavailable_chain_throws_retryable_error()
    {
        _chain.Unavailable = true;
        await Assert.ThrowsAsync<ChainUnavailableException>(() => _chain.GetL1BlockNumberAsync());
        _chain.Unavailable = false;
        Assert.Equal(1_000, await _chain.GetL1BlockNumberAsync());
    }

    [Fact]
    public async Task New_round_records_block_hash_of_previous_block()
    {
        long round = _chain.AdvanceRound();
        var state = await _chain.GetRoundStateAsync();
        Assert.True(state.CurrentRoundInitialized);
        Assert.Equal(round, state.LastInitializedRound);
        Assert.Equal(InMemoryChain.BlockHashOf(round * 100 - 1), state.LastInitializedRoundBlockHash);
    }
}
