namespace Livepeer.Chain.Contracts;

/// <summary>The JSON-RPC node could not be reached or did not answer in time; the same call may succeed later.</summary>
public sealed class ChainUnavailableException : Exception
{
    public ChainUnavailableException(string message)
        : base(message)
    {
    }

    public ChainUnavailableException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
