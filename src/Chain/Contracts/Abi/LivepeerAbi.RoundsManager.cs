using Livepeer.Chain.Abi;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Chain.Contracts.Abi;

/// <summary>RoundsManager (chain.md §3).</summary>
public static partial class LivepeerAbi
{
    public static readonly AbiFunction CurrentRound = AbiFunction.Parse("currentRound()", "(uint256)");
    public static readonly AbiFunction CurrentRoundInitialized = AbiFunction.Parse("currentRoundInitialized()", "(bool)");
    public static readonly AbiFunction CurrentRoundStartBlock = AbiFunction.Parse("currentRoundStartBlock()", "(uint256)");
    public static readonly AbiFunction CurrentRoundLocked = AbiFunction.Parse("currentRoundLocked()", "(bool)");
    public static readonly AbiFunction RoundLength = AbiFunction.Parse("roundLength()", "(uint256)");
    public static readonly AbiFunction LastInitializedRound = AbiFunction.Parse("lastInitializedRound()", "(uint256)");
    public static readonly AbiFunction BlockNum = AbiFunction.Parse("blockNum()", "(uint256)");
    public static readonly AbiFunction BlockHashForRound = AbiFunction.Parse("blockHashForRound(uint256 _round)", "(bytes32)");
    public static readonly AbiFunction InitializeRound = AbiFunction.Parse("initializeRound()");

    public static readonly AbiEvent NewRoundEvent = AbiEvent.Parse("NewRound(uint256 indexed round, bytes32 blockHash)");

    public static byte[] EncodeCurrentRound() => CurrentRound.EncodeCall();

    public static long DecodeCurrentRound(ReadOnlySpan<byte> data) => Int64Output(CurrentRound, data);

    public static byte[] EncodeCurrentRoundInitialized() => CurrentRoundInitialized.EncodeCall();

    public static bool DecodeCurrentRoundInitialized(ReadOnlySpan<byte> data) => BoolOutput(CurrentRoundInitialized, data);

    public static byte[] EncodeCurrentRoundStartBlock() => CurrentRoundStartBlock.EncodeCall();

    public static long DecodeCurrentRoundStartBlock(ReadOnlySpan<byte> data) => Int64Output(CurrentRoundStartBlock, data);

    public static byte[] EncodeCurrentRoundLocked() => CurrentRoundLocked.EncodeCall();

    public static bool DecodeCurrentRoundLocked(ReadOnlySpan<byte> data) => BoolOutput(CurrentRoundLocked, data);

    public static byte[] EncodeRoundLength() => RoundLength.EncodeCall();

    public static long DecodeRoundLength(ReadOnlySpan<byte> data) => Int64Output(RoundLength, data);

    public static byte[] EncodeLastInitializedRound() => LastInitializedRound.EncodeCall();

    public static long DecodeLastInitializedRound(ReadOnlySpan<byte> data) => Int64Output(LastInitializedRound, data);

    public static byte[] EncodeBlockNum() => BlockNum.EncodeCall();

    public static long DecodeBlockNum(ReadOnlySpan<byte> data) => Int64Output(BlockNum, data);

    public static byte[] EncodeBlockHashForRound(long round)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(round);
        return BlockHashForRound.EncodeCall(round);
    }

    /// <summary>The round's block hash; zero when the round was never initialized.</summary>
    public static Hash32 DecodeBlockHashForRound(ReadOnlySpan<byte> data) => Bytes32Output(BlockHashForRound, data);

    public static byte[] EncodeInitializeRound() => InitializeRound.EncodeCall();

    public static NewRoundLog DecodeNewRound(EventLog log)
    {
        var v = NewRoundEvent.Decode(log);
        return new NewRoundLog(v[0].AsInt64("round"), v[1].AsHash32());
    }
}
