namespace Livepeer.Chain.Contracts;

/// <summary>A call or transaction the contract refused; <see cref="Reason"/> is its revert string. Never worth retrying as is.</summary>
public sealed class ContractRevertException(string reason)
    : Exception($"transaction failed: {reason}")
{
    public string Reason { get; } = reason;
}
