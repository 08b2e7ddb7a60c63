namespace Livepeer.Chain.Transactions;

/// <summary>A raw transaction that cannot be decoded, or whose signature cannot be used.</summary>
public sealed class TransactionFormatException : FormatException
{
    public TransactionFormatException(string message)
        : base(message)
    {
    }

    public TransactionFormatException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
