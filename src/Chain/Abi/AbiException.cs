namespace Livepeer.Chain.Abi;

/// <summary>A value that does not fit its ABI type, ABI data that cannot be decoded, or a malformed type or signature.</summary>
public sealed class AbiException : Exception
{
    public AbiException(string message)
        : base(message)
    {
    }

    public AbiException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
