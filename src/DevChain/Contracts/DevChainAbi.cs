using System.Numerics;
using Livepeer.Chain.Abi;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Tickets;

namespace Livepeer.DevChain.Contracts;

/// <summary>
/// The functions of the doubles that a node never calls: mainnet owner functions (setContractInfo,
/// setRoundLength, the TicketBroker periods, pause) and the doubles' test-only controls (setTranscoder,
/// the block-number override, setBlockHashForRound). Everything a node calls is in LivepeerAbi.
/// </summary>
public static class DevChainAbi
{
    public static readonly AbiFunction SetContractInfo = AbiFunction.Parse("setContractInfo(bytes32 _id, address _contractAddress, bytes20 _gitCommitHash)");
    public static readonly AbiFunction GetContractInfo = AbiFunction.Parse("getContractInfo(bytes32 _id)", "(address, bytes20)");
    public static readonly AbiFunction Owner = AbiFunction.Parse("owner()", "(address)");
    public static readonly AbiFunction Pause = AbiFunction.Parse("pause()");
    public static readonly AbiFunction Unpause = AbiFunction.Parse("unpause()");

    public static readonly AbiFunction SetRoundLength = AbiFunction.Parse("setRoundLength(uint256 _roundLength)");
    public static readonly AbiFunction SetBlockNumOverride = AbiFunction.Parse("setBlockNumOverride(uint256 _blockNumber)");
    public static readonly AbiFunction MineBlocks = AbiFunction.Parse("mineBlocks(uint256 _blocks)");
    public static readonly AbiFunction SetBlockHashForRound = AbiFunction.Parse("setBlockHashForRound(uint256 _round, bytes32 _hash)");

    public static readonly AbiFunction SetTranscoder = AbiFunction.Parse("setTranscoder(address _transcoder, bool _registered, bool _active, uint256 _stake)");

    public static readonly AbiFunction SetUnlockPeriod = AbiFunction.Parse("setUnlockPeriod(uint256 _unlockPeriod)");
    public static readonly AbiFunction SetTicketValidityPeriod = AbiFunction.Parse("setTicketValidityPeriod(uint256 _ticketValidityPeriod)");

    /// <summary>Registers <paramref name="contractAddress"/> under keccak256(<paramref name="contractName"/>) with a zero commit hash.</summary>
    public static byte[] EncodeSetContractInfo(string contractName, EthAddress contractAddress) =>
        SetContractInfo.EncodeCall(Chain.Contracts.Abi.LivepeerAbi.ContractId(contractName), contractAddress, AbiValue.Bytes(new byte[20]));

    public static byte[] EncodeSetRoundLength(long blocks)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(blocks);
        return SetRoundLength.EncodeCall(blocks);
    }

    public static byte[] EncodeSetBlockHashForRound(long round, Hash32 hash) => SetBlockHashForRound.EncodeCall(round, hash);

    public static byte[] EncodeSetTranscoder(EthAddress transcoder, bool registered, bool active, BigInteger stake) =>
        SetTranscoder.EncodeCall(transcoder, registered, active, stake);

    public static byte[] EncodeSetUnlockPeriod(long rounds) => SetUnlockPeriod.EncodeCall(rounds);

    public static byte[] EncodeSetTicketValidityPeriod(long rounds) => SetTicketValidityPeriod.EncodeCall(rounds);
}
