using System.Numerics;
using System.Text.Json.Nodes;
using Livepeer.Protocol.Crypto;

namespace Livepeer.Chain.JsonRpc;

/// <summary>The transaction-like object of eth_call and eth_estimateGas.</summary>
public sealed record CallRequest(EthAddress? To, ReadOnlyMemory<byte> Data)
{
    public EthAddress? From { get; init; }

    public BigInteger Value { get; init; }

    public ulong? Gas { get; init; }

    public JsonObject ToJson()
    {
        var json = new JsonObject();
        if (From is { } from)
        {
            json["from"] = from.ToLowerHex();
        }
        if (To is { } to)
        {
            json["to"] = to.ToLowerHex();
        }
        if (Gas is { } gas)
        {
            json["gas"] = RpcHex.Quantity(gas);
        }
        if (!Value.IsZero)
        {
            json["value"] = RpcHex.Quantity(Value);
        }
        json["data"] = RpcHex.Data(Data.Span);
        return json;
    }
}
