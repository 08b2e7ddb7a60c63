using System.Numerics;
using Livepeer.Chain.Abi;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Payments;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Chain.Contracts.Abi;

/// <summary>TicketBroker (chain.md §2).</summary>
public static partial class LivepeerAbi
{
    /// <summary>The Ticket struct as an ABI tuple (chain.md §2.1).</summary>
    public const string TicketTuple = "(address,address,uint256,uint256,uint256,bytes32,bytes)";

    public static readonly AbiFunction FundDeposit = AbiFunction.Parse("fundDeposit()");
    public static readonly AbiFunction FundReserve = AbiFunction.Parse("fundReserve()");
    public static readonly AbiFunction FundDepositAndReserve = AbiFunction.Parse("fundDepositAndReserve(uint256 _depositAmount, uint256 _reserveAmount)");
    public static readonly AbiFunction FundDepositAndReserveFor = AbiFunction.Parse("fundDepositAndReserveFor(address _addr, uint256 _depositAmount, uint256 _reserveAmount)");
    public static readonly AbiFunction RedeemWinningTicket = AbiFunction.Parse($"redeemWinningTicket({TicketTuple} _ticket, bytes _sig, uint256 _recipientRand)");
    public static readonly AbiFunction BatchRedeemWinningTickets = AbiFunction.Parse($"batchRedeemWinningTickets({TicketTuple}[] _tickets, bytes[] _sigs, uint256[] _recipientRands)");
    public static readonly AbiFunction Unlock = AbiFunction.Parse("unlock()");
    public static readonly AbiFunction CancelUnlock = AbiFunction.Parse("cancelUnlock()");
    public static readonly AbiFunction Withdraw = AbiFunction.Parse("withdraw()");
    public static readonly AbiFunction IsUnlockInProgress = AbiFunction.Parse("isUnlockInProgress(address _sender)", "(bool)");
    public static readonly AbiFunction GetSenderInfo = AbiFunction.Parse("getSenderInfo(address _sender)", "((uint256 deposit, uint256 withdrawRound) sender, (uint256 fundsRemaining, uint256 claimedInCurrentRound) reserve)");
    public static readonly AbiFunction GetReserveInfo = AbiFunction.Parse("getReserveInfo(address _reserveHolder)", "((uint256 fundsRemaining, uint256 claimedInCurrentRound) info)");
    public static readonly AbiFunction ClaimableReserve = AbiFunction.Parse("claimableReserve(address _reserveHolder, address _claimant)", "(uint256)");
    public static readonly AbiFunction ClaimedReserve = AbiFunction.Parse("claimedReserve(address _reserveHolder, address _claimant)", "(uint256)");
    public static readonly AbiFunction GetTicketHash = AbiFunction.Parse($"getTicketHash({TicketTuple} _ticket)", "(bytes32)");
    public static readonly AbiFunction UsedTickets = AbiFunction.Parse("usedTickets(bytes32)", "(bool)");
    public static readonly AbiFunction UnlockPeriod = AbiFunction.Parse("unlockPeriod()", "(uint256)");
    public static readonly AbiFunction TicketValidityPeriod = AbiFunction.Parse("ticketValidityPeriod()", "(uint256)");

    public static readonly AbiEvent DepositFundedEvent = AbiEvent.Parse("DepositFunded(address indexed sender, uint256 amount)");
    public static readonly AbiEvent ReserveFundedEvent = AbiEvent.Parse("ReserveFunded(address indexed reserveHolder, uint256 amount)");
    public static readonly AbiEvent ReserveClaimedEvent = AbiEvent.Parse("ReserveClaimed(address indexed reserveHolder, address claimant, uint256 amount)");
    public static readonly AbiEvent WinningTicketRedeemedEvent = AbiEvent.Parse("WinningTicketRedeemed(address indexed sender, address indexed recipient, uint256 faceValue, uint256 winProb, uint256 senderNonce, uint256 recipientRand, bytes auxData)");
    public static readonly AbiEvent WinningTicketTransferEvent = AbiEvent.Parse("WinningTicketTransfer(address indexed sender, address indexed recipient, uint256 amount)");
    public static readonly AbiEvent UnlockEvent = AbiEvent.Parse("Unlock(address indexed sender, uint256 startRound, uint256 endRound)");
    public static readonly AbiEvent UnlockCancelledEvent = AbiEvent.Parse("UnlockCancelled(address indexed sender)");
    public static readonly AbiEvent WithdrawalEvent = AbiEvent.Parse("Withdrawal(address indexed sender, uint256 deposit, uint256 reserve)");
    public static readonly AbiEvent ParameterUpdateEvent = AbiEvent.Parse("ParameterUpdate(string param)");

    public static byte[] EncodeFundDeposit() => FundDeposit.EncodeCall();

    public static byte[] EncodeFundReserve() => FundReserve.EncodeCall();

    /// <summary>The transaction value must equal deposit + reserve.</summary>
    public static byte[] EncodeFundDepositAndReserve(BigInteger deposit, BigInteger reserve) =>
        FundDepositAndReserve.EncodeCall(deposit, reserve);

    public static byte[] EncodeFundDepositAndReserveFor(EthAddress account, BigInteger deposit, BigInteger reserve) =>
        FundDepositAndReserveFor.EncodeCall(account, deposit, reserve);

    /// <summary>redeemWinningTicket(ticket, sig, recipientRand) calldata for a winning ticket (chain.md §2.9).</summary>
    public static byte[] EncodeRedeemWinningTicket(WinningTicket winner)
    {
        ArgumentNullException.ThrowIfNull(winner);
        return RedeemWinningTicket.EncodeCall(TicketValue(winner.Ticket), AbiValue.Bytes(winner.Signature), winner.RecipientRand.ToUInt256());
    }

    public static byte[] EncodeBatchRedeemWinningTickets(IReadOnlyList<WinningTicket> winners)
    {
        ArgumentNullException.ThrowIfNull(winners);
        return BatchRedeemWinningTickets.EncodeCall(
            AbiValue.List(winners.Select(w => TicketValue(w.Ticket))),
            AbiValue.List(winners.Select(w => AbiValue.Bytes(w.Signature))),
            AbiValue.List(winners.Select(w => AbiValue.Number(w.RecipientRand.ToUInt256()))));
    }

    /// <summary>A ticket as the (address,address,uint256,uint256,uint256,bytes32,bytes) tuple.</summary>
    public static AbiValue TicketValue(Ticket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return AbiValue.List(
            ticket.Recipient,
            ticket.Sender,
            ticket.FaceValue,
            ticket.WinProb,
            (long)ticket.SenderNonce,
            ticket.RecipientRandHash,
            AbiValue.Bytes(ticket.AuxData()));
    }

    public static byte[] EncodeUnlock() => Unlock.EncodeCall();

    public static byte[] EncodeCancelUnlock() => CancelUnlock.EncodeCall();

    public static byte[] EncodeWithdraw() => Withdraw.EncodeCall();

    public static byte[] EncodeIsUnlockInProgress(EthAddress sender) => IsUnlockInProgress.EncodeCall(sender);

    public static bool DecodeIsUnlockInProgress(ReadOnlySpan<byte> data) => BoolOutput(IsUnlockInProgress, data);

    public static byte[] EncodeGetSenderInfo(EthAddress sender) => GetSenderInfo.EncodeCall(sender);

    /// <summary>The 4-word getSenderInfo return (chain.md §2.5).</summary>
    public static SenderInfo DecodeSenderInfo(ReadOnlySpan<byte> data)
    {
        var outputs = GetSenderInfo.DecodeOutput(data);
        var sender = outputs[0].AsList();
        var reserve = outputs[1].AsList();
        return new SenderInfo(
            sender[0].AsNumber(),
            new ReserveInfo(reserve[0].AsNumber(), reserve[1].AsNumber()),
            sender[1].AsInt64("withdrawRound"));
    }

    public static byte[] EncodeGetReserveInfo(EthAddress reserveHolder) => GetReserveInfo.EncodeCall(reserveHolder);

    public static ReserveInfo DecodeReserveInfo(ReadOnlySpan<byte> data)
    {
        var info = GetReserveInfo.DecodeSingleOutput(data).AsList();
        return new ReserveInfo(info[0].AsNumber(), info[1].AsNumber());
    }

    public static byte[] EncodeClaimableReserve(EthAddress reserveHolder, EthAddress claimant) =>
        ClaimableReserve.EncodeCall(reserveHolder, claimant);

    public static BigInteger DecodeClaimableReserve(ReadOnlySpan<byte> data) => UIntOutput(ClaimableReserve, data);

    public static byte[] EncodeClaimedReserve(EthAddress reserveHolder, EthAddress claimant) =>
        ClaimedReserve.EncodeCall(reserveHolder, claimant);

    public static BigInteger DecodeClaimedReserve(ReadOnlySpan<byte> data) => UIntOutput(ClaimedReserve, data);

    public static byte[] EncodeGetTicketHash(Ticket ticket) => GetTicketHash.EncodeCall(TicketValue(ticket));

    public static Hash32 DecodeTicketHash(ReadOnlySpan<byte> data) => Bytes32Output(GetTicketHash, data);

    public static byte[] EncodeUsedTickets(Hash32 ticketHash) => UsedTickets.EncodeCall(ticketHash);

    public static bool DecodeUsedTickets(ReadOnlySpan<byte> data) => BoolOutput(UsedTickets, data);

    public static byte[] EncodeUnlockPeriod() => UnlockPeriod.EncodeCall();

    public static long DecodeUnlockPeriod(ReadOnlySpan<byte> data) => Int64Output(UnlockPeriod, data);

    public static byte[] EncodeTicketValidityPeriod() => TicketValidityPeriod.EncodeCall();

    public static long DecodeTicketValidityPeriod(ReadOnlySpan<byte> data) => Int64Output(TicketValidityPeriod, data);

    public static DepositFundedLog DecodeDepositFunded(EventLog log)
    {
        var v = DepositFundedEvent.Decode(log);
        return new DepositFundedLog(v[0].AsAddress(), v[1].AsNumber());
    }

    public static ReserveFundedLog DecodeReserveFunded(EventLog log)
    {
        var v = ReserveFundedEvent.Decode(log);
        return new ReserveFundedLog(v[0].AsAddress(), v[1].AsNumber());
    }

    public static ReserveClaimedLog DecodeReserveClaimed(EventLog log)
    {
        var v = ReserveClaimedEvent.Decode(log);
        return new ReserveClaimedLog(v[0].AsAddress(), v[1].AsAddress(), v[2].AsNumber());
    }

    public static WinningTicketRedeemedLog DecodeWinningTicketRedeemed(EventLog log)
    {
        var v = WinningTicketRedeemedEvent.Decode(log);
        return new WinningTicketRedeemedLog(
            v[0].AsAddress(),
            v[1].AsAddress(),
            v[2].AsNumber(),
            v[3].AsNumber(),
            v[4].AsNumber(),
            Hash32.FromUInt256(v[5].AsNumber()),
            v[6].AsBytes().ToArray());
    }

    public static WinningTicketTransferLog DecodeWinningTicketTransfer(EventLog log)
    {
        var v = WinningTicketTransferEvent.Decode(log);
        return new WinningTicketTransferLog(v[0].AsAddress(), v[1].AsAddress(), v[2].AsNumber());
    }

    public static UnlockLog DecodeUnlock(EventLog log)
    {
        var v = UnlockEvent.Decode(log);
        return new UnlockLog(v[0].AsAddress(), v[1].AsInt64("startRound"), v[2].AsInt64("endRound"));
    }

    public static UnlockCancelledLog DecodeUnlockCancelled(EventLog log) =>
        new(UnlockCancelledEvent.Decode(log)[0].AsAddress());

    public static WithdrawalLog DecodeWithdrawal(EventLog log)
    {
        var v = WithdrawalEvent.Decode(log);
        return new WithdrawalLog(v[0].AsAddress(), v[1].AsNumber(), v[2].AsNumber());
    }

    /// <summary>The parameter name of a ParameterUpdate log (e.g. "unlockPeriod").</summary>
    public static string DecodeParameterUpdate(EventLog log) => ParameterUpdateEvent.Decode(log)[0].AsString();
}
