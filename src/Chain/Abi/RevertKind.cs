namespace Livepeer.Chain.Abi;

/// <summary>What revert data held.</summary>
public enum RevertKind
{
    /// <summary>No data: a bare require/revert (e.g. Ownable) or an out-of-gas.</summary>
    Empty,

    /// <summary>Error(string): a require message.</summary>
    Error,

    /// <summary>Panic(uint256): a failed assert, arithmetic overflow, bad array index, ...</summary>
    Panic,

    /// <summary>A custom error or data that is none of the above.</summary>
    Unknown,
}
