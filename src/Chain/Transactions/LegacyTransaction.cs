using System.Numerics;
using Livepeer.Chain.Rlp;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Numerics;

namespace Livepeer.Chain.Transactions;

/// <summary>
/// A legacy (type 0) transaction. With a <see cref="ChainId"/> it is signed as EIP-155
/// (v = recId + 35 + 2·chainId); with none, as before EIP-155 (v = 27/28), replayable on any chain.
/// </summary>
public sealed record LegacyTransaction(
    ulong Nonce,
    BigInteger GasPrice,
    ulong GasLimit,
    EthAddress? To,
    BigInteger Value,
    ReadOnlyMemory<byte> Data,
    long? ChainId) : EthTransaction
{
    public override byte TypeByte => 0;

    public override ulong Nonce { get; init; } = Nonce;

    public override ulong GasLimit { get; init; } = GasLimit;

    public override EthAddress? To { get; init; } = To;

    public override ReadOnlyMemory<byte> Data { get; init; } = Data;

    public BigInteger GasPrice { get; init => field = UInt256.Require(value, nameof(GasPrice)); } = UInt256.Require(GasPrice, nameof(GasPrice));

    public override BigInteger Value { get; init => field = UInt256.Require(value, nameof(Value)); } = UInt256.Require(Value, nameof(Value));

    public long? ChainId { get; init => field = RequireChainId(value); } = RequireChainId(ChainId);

    /// <summary>rlp([nonce, gasPrice, gas, to, value, data, chainId, 0, 0]), or the first six alone without a chain id.</summary>
    public override byte[] SigningPayload()
    {
        var fields = Fields();
        if (ChainId is { } chainId)
        {
            fields.Add(RlpItem.UInt(chainId));
            fields.Add(RlpItem.Empty);
            fields.Add(RlpItem.Empty);
        }
        return RlpCodec.Encode(RlpItem.List(fields));
    }

    /// <summary>The v value written into the signed transaction for a y-parity.</summary>
    public BigInteger V(int yParity) => ChainId is { } chainId ? yParity + 35 + 2 * (BigInteger)chainId : yParity + 27;

    public override byte[] EncodeSigned(TransactionSignature signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        var fields = Fields();
        fields.Add(RlpItem.UInt(V(signature.YParity)));
        fields.Add(RlpItem.UInt(signature.R));
        fields.Add(RlpItem.UInt(signature.S));
        return RlpCodec.Encode(RlpItem.List(fields));
    }

    private List<RlpItem> Fields() =>
    [
        RlpItem.UInt(Nonce),
        RlpItem.UInt(GasPrice),
        RlpItem.UInt(GasLimit),
        RlpItem.Address(To),
        RlpItem.UInt(Value),
        Bytes(Data),
    ];

    private static long? RequireChainId(long? chainId) =>
        chainId is null or > 0 ? chainId : throw new ArgumentOutOfRangeException(nameof(ChainId), chainId, "a chain id must be positive (or null for a pre-EIP-155 transaction)");
}
