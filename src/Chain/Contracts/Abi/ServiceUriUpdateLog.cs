using Livepeer.Protocol.Crypto;

namespace Livepeer.Chain.Contracts.Abi;

/// <summary>A ServiceURIUpdate log: <c>Address</c> published <c>ServiceUri</c>.</summary>
public sealed record ServiceUriUpdateLog(EthAddress Address, string ServiceUri);
