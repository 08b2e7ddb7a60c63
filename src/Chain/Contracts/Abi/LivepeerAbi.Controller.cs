using Livepeer.Chain.Abi;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Chain.Contracts.Abi;

/// <summary>Controller, the contract registry (chain.md §1, §6).</summary>
public static partial class LivepeerAbi
{
    public static readonly AbiFunction GetContract = AbiFunction.Parse("getContract(bytes32 _id)", "(address)");
    public static readonly AbiFunction Paused = AbiFunction.Parse("paused()", "(bool)");

    public static readonly AbiEvent SetContractInfoEvent = AbiEvent.Parse("SetContractInfo(bytes32 id, address contractAddress, bytes20 gitCommitHash)");

    /// <summary>getContract(keccak256(name)) calldata, e.g. for "TicketBroker".</summary>
    public static byte[] EncodeGetContract(string contractName) => GetContract.EncodeCall(ContractId(contractName));

    /// <summary>The registered address; zero when the name is unknown.</summary>
    public static EthAddress DecodeGetContract(ReadOnlySpan<byte> data) => AddressOutput(GetContract, data);

    public static byte[] EncodePaused() => Paused.EncodeCall();

    public static bool DecodePaused(ReadOnlySpan<byte> data) => BoolOutput(Paused, data);

    public static SetContractInfoLog DecodeSetContractInfo(EventLog log)
    {
        var v = SetContractInfoEvent.Decode(log);
        return new SetContractInfoLog(v[0].AsHash32(), v[1].AsAddress(), v[2].AsBytes().ToArray());
    }
}
