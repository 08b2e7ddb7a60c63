namespace Livepeer.Chain.Sending;

/// <summary>Which transaction type the sender builds.</summary>
public enum FeeMode
{
    /// <summary>EIP-1559 when the latest block has a base fee, legacy otherwise.</summary>
    Auto,

    /// <summary>Always legacy (type 0, EIP-155 signed, one gas price).</summary>
    Legacy,

    /// <summary>Always EIP-1559 (type 2); refuses nodes whose blocks have no base fee.</summary>
    Eip1559,
}
