using System.Numerics;
using Livepeer.Chain.Rlp;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Numerics;

namespace Livepeer.Chain.Transactions;

/// <summary>An EIP-1559 (type 0x02) transaction: 0x02 ‖ rlp([chainId, nonce, maxPriorityFeePerGas, maxFeePerGas, gas, to, value, data, accessList, ...]).</summary>
public sealed record Eip1559Transaction(
    long ChainId,
    ulong Nonce,
    BigInteger MaxPriorityFeePerGas,
    BigInteger MaxFeePerGas,
    ulong GasLimit,
    EthAddress? To,
    BigInteger Value,
    ReadOnlyMemory<byte> Data,
    IReadOnlyList<AccessListEntry>? AccessList = null) : EthTransaction
{
    public const byte Type = 0x02;

    public override byte TypeByte => Type;

    public long ChainId { get; init => field = RequireChainId(value); } = RequireChainId(ChainId);

    public override ulong Nonce { get; init; } = Nonce;

    public override ulong GasLimit { get; init; } = GasLimit;

    public override EthAddress? To { get; init; } = To;

    public override ReadOnlyMemory<byte> Data { get; init; } = Data;

    public BigInteger MaxPriorityFeePerGas { get; init => field = UInt256.Require(value, nameof(MaxPriorityFeePerGas)); } =
        UInt256.Require(MaxPriorityFeePerGas, nameof(MaxPriorityFeePerGas));

    public BigInteger MaxFeePerGas { get; init => field = UInt256.Require(value, nameof(MaxFeePerGas)); } =
        UInt256.Require(MaxFeePerGas, nameof(MaxFeePerGas));

    public override BigInteger Value { get; init => field = UInt256.Require(value, nameof(Value)); } = UInt256.Require(Value, nameof(Value));

    public IReadOnlyList<AccessListEntry> AccessList { get; init => field = value ?? []; } = AccessList ?? [];

    public override byte[] SigningPayload() => Typed(Fields());

    public override byte[] EncodeSigned(TransactionSignature signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        var fields = Fields();
        fields.Add(RlpItem.UInt(signature.YParity));
        fields.Add(RlpItem.UInt(signature.R));
        fields.Add(RlpItem.UInt(signature.S));
        return Typed(fields);
    }

    private List<RlpItem> Fields() =>
    [
        RlpItem.UInt(ChainId),
        RlpItem.UInt(Nonce),
        RlpItem.UInt(MaxPriorityFeePerGas),
        RlpItem.UInt(MaxFeePerGas),
        RlpItem.UInt(GasLimit),
        RlpItem.Address(To),
        RlpItem.UInt(Value),
        Bytes(Data),
        RlpItem.List(AccessList.Select(entry => RlpItem.List(
            RlpItem.String(entry.Address.ToBytes()),
            RlpItem.List(entry.StorageKeys.Select(key => RlpItem.String(key.ToArray())))))),
    ];

    private static byte[] Typed(List<RlpItem> fields)
    {
        var rlp = RlpCodec.Encode(RlpItem.List(fields));
        var payload = new byte[1 + rlp.Length];
        payload[0] = Type;
        rlp.CopyTo(payload, 1);
        return payload;
    }

    private static long RequireChainId(long chainId) =>
        chainId > 0 ? chainId : throw new ArgumentOutOfRangeException(nameof(ChainId), chainId, "a chain id must be positive");
}
