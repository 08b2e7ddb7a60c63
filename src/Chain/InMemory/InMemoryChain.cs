using System.Numerics;
using Livepeer.Chain.Contracts;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Numerics;
using Livepeer.Protocol.Payments;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Chain.InMemory;

/// <summary>
/// A whole Livepeer chain in memory for tests of one component: blocks, rounds, deposits and reserves,
/// the active set, and redeemWinningTicket with the TicketBroker's checks, revert strings and payout
/// rules (chain.md §2.7, §2.10). Flows are also tested against the real contracts on the dev chain.
/// </summary>
public sealed class InMemoryChain : ILivepeerChain
{
    private readonly Lock _gate = new();
    private readonly Dictionary<EthAddress, SenderAccount> _senders = [];
    private readonly Dictionary<EthAddress, TranscoderAccount> _transcoders = [];
    private readonly Dictionary<long, Hash32> _roundBlockHashes = [];
    private readonly Dictionary<EthAddress, string> _serviceUris = [];
    private readonly HashSet<Hash32> _usedTickets = [];
    private readonly List<RedemptionReceipt> _receipts = [];
    private long _block;
    private long _lastInitializedRound;
    private BigInteger _gasPrice;
    private long _transactions;
    private bool _unavailable;

    public InMemoryChain(long roundLength = 100, long startBlock = 1_000, BigInteger? gasPrice = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(roundLength, 1);
        RoundLength = roundLength;
        _block = startBlock;
        _gasPrice = gasPrice ?? BigInteger.Zero;
        InitializeRound();
    }

    public long ChainId => 0;

    public long RoundLength { get; }

    public long TicketValidityPeriod { get; init; } = 2;

    public long UnlockPeriod { get; init; } = 2;

    public long BlockNumber
    {
        get
        {
            lock (_gate)
            {
                return _block;
            }
        }
    }

    public long CurrentRound
    {
        get
        {
            lock (_gate)
            {
                return _block / RoundLength;
            }
        }
    }

    public IReadOnlyList<RedemptionReceipt> Receipts
    {
        get
        {
            lock (_gate)
            {
                return [.. _receipts];
            }
        }
    }

    /// <summary>While true every call throws <see cref="ChainUnavailableException"/>, as when the JSON-RPC node is down.</summary>
    public bool Unavailable
    {
        get => Volatile.Read(ref _unavailable);
        set => Volatile.Write(ref _unavailable, value);
    }

    public static Hash32 BlockHashOf(long block)
    {
        Span<byte> word = stackalloc byte[32];
        BigEndian.WritePad32(block, word);
        return Hash32.Keccak(word);
    }

    public void MineBlocks(long count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        lock (_gate)
        {
            _block += count;
        }
    }

    /// <summary>Mines to the first block of the next round and initializes it.</summary>
    public long AdvanceRound()
    {
        lock (_gate)
        {
            _block = (_block / RoundLength + 1) * RoundLength;
        }
        InitializeRound();
        return CurrentRound;
    }

    public void InitializeRound()
    {
        lock (_gate)
        {
            long round = _block / RoundLength;
            if (_lastInitializedRound >= round && _roundBlockHashes.ContainsKey(round))
            {
                throw new ContractRevertException("round already initialized");
            }
            _lastInitializedRound = round;
            _roundBlockHashes[round] = BlockHashOf(_block - 1);
        }
    }

    /// <summary><see cref="InitializeRound"/> as the node calls it; throws <see cref="ChainUnavailableException"/> while <see cref="Unavailable"/>.</summary>
    public Task InitializeRoundAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            ThrowIfUnavailable();
        }
        InitializeRound();
        return Task.CompletedTask;
    }

    public void SetGasPrice(BigInteger gasPrice)
    {
        lock (_gate)
        {
            _gasPrice = gasPrice;
        }
    }

    public void FundDepositAndReserve(EthAddress sender, BigInteger deposit, BigInteger reserve)
    {
        lock (_gate)
        {
            var account = Sender(sender);
            account.Deposit += deposit;
            account.ReserveFunds += reserve;
            account.WithdrawRound = 0; // self-funding cancels an unlock
        }
    }

    public void Unlock(EthAddress sender)
    {
        lock (_gate)
        {
            var account = Sender(sender);
            if (account.Deposit.IsZero && account.ReserveFunds.IsZero)
            {
                throw new ContractRevertException("sender deposit and reserve are zero");
            }
            if (account.WithdrawRound != 0)
            {
                throw new ContractRevertException("unlock already initiated");
            }
            account.WithdrawRound = _block / RoundLength + UnlockPeriod;
        }
    }

    public void RegisterTranscoder(EthAddress transcoder, BigInteger stake, bool active = true)
    {
        lock (_gate)
        {
            _transcoders[transcoder] = new TranscoderAccount { Stake = stake, Active = active };
        }
    }

    public BigInteger FeesOf(EthAddress transcoder)
    {
        lock (_gate)
        {
            return _transcoders.TryGetValue(transcoder, out var t) ? t.Fees : BigInteger.Zero;
        }
    }

    public Task<SenderInfo> GetSenderInfoAsync(EthAddress sender, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            ThrowIfUnavailable();
            var account = Sender(sender);
            long round = _block / RoundLength;
            account.ClaimedForRound.TryGetValue(round, out var claimed);
            return Task.FromResult(new SenderInfo(account.Deposit, new ReserveInfo(account.ReserveFunds, claimed), account.WithdrawRound));
        }
    }

    public Task<BigInteger> GetClaimedReserveAsync(EthAddress reserveHolder, EthAddress claimant, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            ThrowIfUnavailable();
            var account = Sender(reserveHolder);
            return Task.FromResult(account.ClaimedBy.TryGetValue((_block / RoundLength, claimant), out var claimed) ? claimed : BigInteger.Zero);
        }
    }

    public Task<bool> IsTicketUsedAsync(Hash32 ticketHash, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            ThrowIfUnavailable();
            return Task.FromResult(_usedTickets.Contains(ticketHash));
        }
    }

    public Task<RedemptionReceipt> RedeemWinningTicketAsync(WinningTicket winner, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(winner);
        lock (_gate)
        {
            ThrowIfUnavailable();
            return Task.FromResult(Redeem(winner));
        }
    }

    public Task<RoundState> GetRoundStateAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            ThrowIfUnavailable();
            long round = _block / RoundLength;
            return Task.FromResult(new RoundState(
                round,
                _lastInitializedRound == round,
                round * RoundLength,
                RoundLength,
                _lastInitializedRound,
                _roundBlockHashes.GetValueOrDefault(_lastInitializedRound)));
        }
    }

    public Task<Hash32> GetBlockHashForRoundAsync(long round, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            ThrowIfUnavailable();
            return Task.FromResult(_roundBlockHashes.GetValueOrDefault(round));
        }
    }

    public Task<bool> IsActiveTranscoderAsync(EthAddress transcoder, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            ThrowIfUnavailable();
            return Task.FromResult(_transcoders.TryGetValue(transcoder, out var t) && t.Active);
        }
    }

    public Task<int> GetTranscoderPoolSizeAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            ThrowIfUnavailable();
            return Task.FromResult(_transcoders.Values.Count(t => t.Active));
        }
    }

    public Task<BigInteger> GetTranscoderTotalStakeAsync(EthAddress transcoder, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            ThrowIfUnavailable();
            return Task.FromResult(_transcoders.TryGetValue(transcoder, out var t) ? t.Stake : BigInteger.Zero);
        }
    }

    /// <summary>Publishes <paramref name="serviceUri"/> for <paramref name="orchestrator"/> (ServiceRegistry.setServiceURI).</summary>
    public void SetServiceUri(EthAddress orchestrator, string serviceUri)
    {
        ArgumentNullException.ThrowIfNull(serviceUri);
        lock (_gate)
        {
            _serviceUris[orchestrator] = serviceUri;
        }
    }

    public Task<string> GetServiceUriAsync(EthAddress orchestrator, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            ThrowIfUnavailable();
            return Task.FromResult(_serviceUris.GetValueOrDefault(orchestrator, ""));
        }
    }

    public Task<IReadOnlyList<EthAddress>> GetTranscoderPoolAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            ThrowIfUnavailable();
            IReadOnlyList<EthAddress> pool = [.. _transcoders.Where(t => t.Value.Active).OrderByDescending(t => t.Value.Stake).Select(t => t.Key)];
            return Task.FromResult(pool);
        }
    }

    public Task<long> GetL1BlockNumberAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            ThrowIfUnavailable();
            return Task.FromResult(_block);
        }
    }

    public Task<BigInteger> GetGasPriceAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            ThrowIfUnavailable();
            return Task.FromResult(_gasPrice);
        }
    }

    // chain.md §2.7, in order, with the contract's revert strings.
    private RedemptionReceipt Redeem(WinningTicket winner)
    {
        long round = _block / RoundLength;
        if (_lastInitializedRound != round)
        {
            throw new ContractRevertException("current round is not initialized");
        }
        var ticket = winner.Ticket;
        var ticketHash = ticket.Hash();
        if (ticket.Recipient.IsZero)
        {
            throw new ContractRevertException("ticket recipient is null address");
        }
        if (ticket.Sender.IsZero)
        {
            throw new ContractRevertException("ticket sender is null address");
        }
        if (!ticket.ExpirationParams.HasAuxData)
        {
            throw new ContractRevertException("invalid length for ticket auxData: must be 64 bytes");
        }
        if (!_roundBlockHashes.TryGetValue(ticket.CreationRound, out var roundHash) || roundHash.IsZero)
        {
            throw new ContractRevertException("ticket creationRound does not have a block hash");
        }
        if (roundHash != ticket.CreationRoundBlockHash)
        {
            throw new ContractRevertException("ticket creationRoundBlockHash invalid for creationRound");
        }
        if (ticket.CreationRound + TicketValidityPeriod <= round)
        {
            throw new ContractRevertException("ticket is expired");
        }
        if (RecipientRand.HashOf(winner.RecipientRand) != ticket.RecipientRandHash)
        {
            throw new ContractRevertException("recipientRand does not match recipientRandHash");
        }
        if (_usedTickets.Contains(ticketHash))
        {
            throw new ContractRevertException("ticket is used");
        }
        if (winner.Signature.Length != 65)
        {
            throw new ContractRevertException("INVALID_SIGNATURE_LENGTH");
        }
        var check = SignatureVerifier.RecoverPersonal(ticketHash.ToArray(), winner.Signature);
        if (!check.IsValid)
        {
            throw new ContractRevertException(check.Error == SignatureVerifier.ErrHighS
                ? "ECDSA: invalid signature 's' value"
                : check.Error == SignatureVerifier.ErrBadV ? "ECDSA: invalid signature 'v' value" : "ECDSA: invalid signature");
        }
        if (check.Signer != ticket.Sender)
        {
            throw new ContractRevertException("invalid signature over ticket hash");
        }
        if (!TicketMath.IsWinning(winner.Signature, winner.RecipientRand, ticket.WinProb))
        {
            throw new ContractRevertException("ticket did not win");
        }
        var sender = Sender(ticket.Sender);
        if (!(sender.WithdrawRound == 0 || round < sender.WithdrawRound))
        {
            throw new ContractRevertException("sender is unlocked");
        }
        if (sender.Deposit.IsZero && sender.ReserveFunds.IsZero)
        {
            throw new ContractRevertException("sender deposit and reserve are zero");
        }
        _usedTickets.Add(ticketHash);
        var amount = Payout(sender, ticket.Recipient, ticket.FaceValue, round);
        if (amount > 0)
        {
            if (!_transcoders.TryGetValue(ticket.Recipient, out var recipient) || recipient.Stake.IsZero)
            {
                throw new ContractRevertException("transcoder must be registered");
            }
            recipient.Fees += amount;
        }
        _transactions++;
        Span<byte> seed = stackalloc byte[64];
        ticketHash.CopyTo(seed);
        BigEndian.WritePad32(_transactions, seed[32..]);
        var receipt = new RedemptionReceipt(Hash32.Keccak(seed), amount, _block);
        _receipts.Add(receipt);
        return receipt;
    }

    // chain.md §2.10: from the deposit first, the rest from this recipient's share of the reserve.
    private BigInteger Payout(SenderAccount sender, EthAddress recipient, BigInteger faceValue, long round)
    {
        if (faceValue <= sender.Deposit)
        {
            sender.Deposit -= faceValue;
            return faceValue;
        }
        var paid = sender.Deposit;
        sender.Deposit = 0;
        var claimable = ClaimableReserve(sender, recipient, round);
        var claim = BigInteger.Min(faceValue - paid, claimable);
        if (claim > 0)
        {
            sender.ClaimedForRound[round] = sender.ClaimedForRound.GetValueOrDefault(round) + claim;
            sender.ClaimedBy[(round, recipient)] = sender.ClaimedBy.GetValueOrDefault((round, recipient)) + claim;
            sender.ReserveFunds -= claim;
        }
        return paid + claim;
    }

    private BigInteger ClaimableReserve(SenderAccount sender, EthAddress claimant, long round)
    {
        if (!_transcoders.TryGetValue(claimant, out var t) || !t.Active)
        {
            return BigInteger.Zero;
        }
        int poolSize = _transcoders.Values.Count(x => x.Active);
        if (poolSize == 0)
        {
            return BigInteger.Zero;
        }
        var share = (sender.ReserveFunds + sender.ClaimedForRound.GetValueOrDefault(round)) / poolSize;
        return share - sender.ClaimedBy.GetValueOrDefault((round, claimant));
    }

    private SenderAccount Sender(EthAddress address)
    {
        if (!_senders.TryGetValue(address, out var account))
        {
            account = new SenderAccount();
            _senders[address] = account;
        }
        return account;
    }

    private void ThrowIfUnavailable()
    {
        if (_unavailable)
        {
            throw new ChainUnavailableException("in-memory chain is marked unavailable");
        }
    }

    private sealed class SenderAccount
    {
        public BigInteger Deposit { get; set; }

        public BigInteger ReserveFunds { get; set; }

        public long WithdrawRound { get; set; }

        public Dictionary<long, BigInteger> ClaimedForRound { get; } = [];

        public Dictionary<(long Round, EthAddress Claimant), BigInteger> ClaimedBy { get; } = [];
    }

    private sealed class TranscoderAccount
    {
        public BigInteger Stake { get; set; }

        public bool Active { get; set; }

        public BigInteger Fees { get; set; }
    }
}
