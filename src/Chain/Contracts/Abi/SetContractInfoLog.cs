using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Chain.Contracts.Abi;

/// <summary>A SetContractInfo log: the Controller now maps <c>Id</c> to <c>ContractAddress</c> (a Target upgrade, for example).</summary>
public sealed record SetContractInfoLog(Hash32 Id, EthAddress ContractAddress, byte[] GitCommitHash);
