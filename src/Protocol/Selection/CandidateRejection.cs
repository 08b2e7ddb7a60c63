using Livepeer.Protocol.Crypto;

namespace Livepeer.Protocol.Selection;

/// <summary>One candidate entry that selection left out, and why (operators ask to see rejected prices).</summary>
public sealed record CandidateRejection(EthAddress Address, Uri ServiceUri, RejectionReason Reason, string Detail);
