using System.Numerics;
using Livepeer.Chain.Rlp;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Chain.Transactions;

/// <summary>
/// An unsigned Ethereum transaction. <see cref="Sign"/> signs its <see cref="SigningHash"/> with a
/// node key and gives the raw bytes for eth_sendRawTransaction. Records compare Data by reference;
/// compare raw encodings to compare transactions.
/// </summary>
public abstract record EthTransaction
{
    private protected EthTransaction()
    {
    }

    /// <summary>0 for legacy, 2 for EIP-1559.</summary>
    public abstract byte TypeByte { get; }

    public abstract ulong Nonce { get; init; }

    public abstract ulong GasLimit { get; init; }

    /// <summary>The recipient; null creates a contract.</summary>
    public abstract EthAddress? To { get; init; }

    public abstract BigInteger Value { get; init; }

    public abstract ReadOnlyMemory<byte> Data { get; init; }

    /// <summary>The bytes whose keccak is signed.</summary>
    public abstract byte[] SigningPayload();

    public Hash32 SigningHash() => Hash32.Keccak(SigningPayload());

    public SignedTransaction Sign(EthKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        Span<byte> hash = stackalloc byte[Hash32.Length];
        SigningHash().CopyTo(hash);
        var signature = TransactionSignature.FromRsv(key.SignDigest(hash));
        return new SignedTransaction(this, signature, EncodeSigned(signature));
    }

    /// <summary>The raw signed transaction with <paramref name="signature"/>.</summary>
    public abstract byte[] EncodeSigned(TransactionSignature signature);

    private protected static RlpItem Bytes(ReadOnlyMemory<byte> data) => RlpItem.String(data.Span);
}
