using System.Numerics;
using Livepeer.Chain.Abi;
using Livepeer.Protocol.Crypto;

namespace Livepeer.Chain.Contracts.Abi;

/// <summary>BondingManager, the subset a node needs (chain.md §4).</summary>
public static partial class LivepeerAbi
{
    public static readonly AbiFunction IsActiveTranscoder = AbiFunction.Parse("isActiveTranscoder(address _transcoder)", "(bool)");
    public static readonly AbiFunction IsRegisteredTranscoder = AbiFunction.Parse("isRegisteredTranscoder(address _transcoder)", "(bool)");
    public static readonly AbiFunction GetTranscoderPoolSize = AbiFunction.Parse("getTranscoderPoolSize()", "(uint256)");
    public static readonly AbiFunction GetTranscoderPoolMaxSize = AbiFunction.Parse("getTranscoderPoolMaxSize()", "(uint256)");
    public static readonly AbiFunction GetFirstTranscoderInPool = AbiFunction.Parse("getFirstTranscoderInPool()", "(address)");
    public static readonly AbiFunction GetNextTranscoderInPool = AbiFunction.Parse("getNextTranscoderInPool(address _transcoder)", "(address)");
    public static readonly AbiFunction TranscoderTotalStake = AbiFunction.Parse("transcoderTotalStake(address _transcoder)", "(uint256)");
    public static readonly AbiFunction GetTranscoder = AbiFunction.Parse(
        "getTranscoder(address _transcoder)",
        "(uint256 lastRewardRound, uint256 rewardCut, uint256 feeShare, uint256 lastActiveStakeUpdateRound, uint256 activationRound, uint256 deactivationRound, uint256 activeCumulativeRewards, uint256 cumulativeRewards, uint256 cumulativeFees, uint256 lastFeeRound)");
    public static readonly AbiFunction PendingFees = AbiFunction.Parse("pendingFees(address _delegator, uint256 _endRound)", "(uint256)");
    public static readonly AbiFunction WithdrawFees = AbiFunction.Parse("withdrawFees(address _recipient, uint256 _amount)");

    public static readonly AbiEvent TranscoderActivatedEvent = AbiEvent.Parse("TranscoderActivated(address indexed transcoder, uint256 activationRound)");
    public static readonly AbiEvent TranscoderDeactivatedEvent = AbiEvent.Parse("TranscoderDeactivated(address indexed transcoder, uint256 deactivationRound)");

    public static byte[] EncodeIsActiveTranscoder(EthAddress transcoder) => IsActiveTranscoder.EncodeCall(transcoder);

    public static bool DecodeIsActiveTranscoder(ReadOnlySpan<byte> data) => BoolOutput(IsActiveTranscoder, data);

    public static byte[] EncodeIsRegisteredTranscoder(EthAddress transcoder) => IsRegisteredTranscoder.EncodeCall(transcoder);

    public static bool DecodeIsRegisteredTranscoder(ReadOnlySpan<byte> data) => BoolOutput(IsRegisteredTranscoder, data);

    public static byte[] EncodeGetTranscoderPoolSize() => GetTranscoderPoolSize.EncodeCall();

    public static int DecodeTranscoderPoolSize(ReadOnlySpan<byte> data)
    {
        long size = Int64Output(GetTranscoderPoolSize, data);
        return size <= int.MaxValue ? (int)size : throw Bad(GetTranscoderPoolSize, $"an implausible pool size {size}");
    }

    public static byte[] EncodeGetTranscoderPoolMaxSize() => GetTranscoderPoolMaxSize.EncodeCall();

    public static long DecodeTranscoderPoolMaxSize(ReadOnlySpan<byte> data) => Int64Output(GetTranscoderPoolMaxSize, data);

    public static byte[] EncodeGetFirstTranscoderInPool() => GetFirstTranscoderInPool.EncodeCall();

    /// <summary>The pool's first (highest-stake) transcoder; zero when the pool is empty.</summary>
    public static EthAddress DecodeFirstTranscoderInPool(ReadOnlySpan<byte> data) => AddressOutput(GetFirstTranscoderInPool, data);

    public static byte[] EncodeGetNextTranscoderInPool(EthAddress transcoder) => GetNextTranscoderInPool.EncodeCall(transcoder);

    /// <summary>The next transcoder by stake; zero at the end of the pool.</summary>
    public static EthAddress DecodeNextTranscoderInPool(ReadOnlySpan<byte> data) => AddressOutput(GetNextTranscoderInPool, data);

    public static byte[] EncodeTranscoderTotalStake(EthAddress transcoder) => TranscoderTotalStake.EncodeCall(transcoder);

    public static BigInteger DecodeTranscoderTotalStake(ReadOnlySpan<byte> data) => UIntOutput(TranscoderTotalStake, data);

    public static byte[] EncodeGetTranscoder(EthAddress transcoder) => GetTranscoder.EncodeCall(transcoder);

    public static TranscoderInfo DecodeTranscoder(ReadOnlySpan<byte> data)
    {
        var v = GetTranscoder.DecodeOutput(data);
        return new TranscoderInfo(
            v[0].AsInt64("lastRewardRound"),
            v[1].AsInt64("rewardCut"),
            v[2].AsInt64("feeShare"),
            v[3].AsInt64("lastActiveStakeUpdateRound"),
            v[4].AsInt64("activationRound"),
            v[5].AsNumber(),
            v[6].AsNumber(),
            v[7].AsNumber(),
            v[8].AsNumber(),
            v[9].AsInt64("lastFeeRound"));
    }

    /// <summary>pendingFees(delegator, ignored round): unclaimed ETH fees in wei.</summary>
    public static byte[] EncodePendingFees(EthAddress delegator) => PendingFees.EncodeCall(delegator, 0L);

    public static BigInteger DecodePendingFees(ReadOnlySpan<byte> data) => UIntOutput(PendingFees, data);

    /// <summary>withdrawFees(recipient, amount): how an orchestrator receives its ticket winnings.</summary>
    public static byte[] EncodeWithdrawFees(EthAddress recipient, BigInteger amount) => WithdrawFees.EncodeCall(recipient, amount);
}
