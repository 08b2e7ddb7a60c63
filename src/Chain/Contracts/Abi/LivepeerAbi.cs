using System.Text;
using Livepeer.Chain.Abi;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Chain.Contracts.Abi;

/// <summary>
/// The Livepeer contract functions and events a node uses (chain.md §1–§6), with typed encoders for
/// calldata and typed decoders for return data and logs. Functions carry the Solidity name in
/// PascalCase; events end in "Event" (Unlock is both a function and an event). Split by contract
/// over several files.
/// </summary>
public static partial class LivepeerAbi
{
    /// <summary>Every function defined here (built on each call, so partial-file initialization order cannot matter).</summary>
    public static IReadOnlyList<AbiFunction> Functions =>
    [
        FundDeposit, FundReserve, FundDepositAndReserve, FundDepositAndReserveFor, RedeemWinningTicket,
        BatchRedeemWinningTickets, Unlock, CancelUnlock, Withdraw, IsUnlockInProgress, GetSenderInfo,
        GetReserveInfo, ClaimableReserve, ClaimedReserve, GetTicketHash, UsedTickets, UnlockPeriod,
        TicketValidityPeriod,
        CurrentRound, CurrentRoundInitialized, CurrentRoundStartBlock, CurrentRoundLocked, RoundLength,
        LastInitializedRound, BlockNum, BlockHashForRound, InitializeRound,
        IsActiveTranscoder, IsRegisteredTranscoder, GetTranscoderPoolSize, GetTranscoderPoolMaxSize,
        GetFirstTranscoderInPool, GetNextTranscoderInPool, TranscoderTotalStake, GetTranscoder, PendingFees,
        WithdrawFees,
        GetServiceUri, SetServiceUri,
        GetContract, Paused,
    ];

    /// <summary>Every event defined here.</summary>
    public static IReadOnlyList<AbiEvent> Events =>
    [
        DepositFundedEvent, ReserveFundedEvent, ReserveClaimedEvent, WinningTicketRedeemedEvent,
        WinningTicketTransferEvent, UnlockEvent, UnlockCancelledEvent, WithdrawalEvent, ParameterUpdateEvent,
        NewRoundEvent, TranscoderActivatedEvent, TranscoderDeactivatedEvent,
        ServiceUriUpdateEvent, SetContractInfoEvent,
    ];

    /// <summary>The Controller id of a contract: keccak256 of its UTF-8 name, unpadded (chain.md §1).</summary>
    public static Hash32 ContractId(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return Hash32.Keccak(Encoding.UTF8.GetBytes(name));
    }

    private static AbiException Bad(AbiFunction function, string problem) => new($"{function.Signature} returned {problem}");

    private static long Int64Output(AbiFunction function, ReadOnlySpan<byte> data) =>
        function.DecodeSingleOutput(data).AsInt64(function.Name);

    private static bool BoolOutput(AbiFunction function, ReadOnlySpan<byte> data) => function.DecodeSingleOutput(data).AsBool();

    private static EthAddress AddressOutput(AbiFunction function, ReadOnlySpan<byte> data) => function.DecodeSingleOutput(data).AsAddress();

    private static System.Numerics.BigInteger UIntOutput(AbiFunction function, ReadOnlySpan<byte> data) =>
        function.DecodeSingleOutput(data).AsNumber();

    private static Hash32 Bytes32Output(AbiFunction function, ReadOnlySpan<byte> data) => function.DecodeSingleOutput(data).AsHash32();
}
