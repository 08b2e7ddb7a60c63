namespace Livepeer.Chain.Rlp;

/// <summary>RLP input that is truncated, non-canonical, or does not have the expected shape.</summary>
public sealed class RlpException(string message) : FormatException(message);
