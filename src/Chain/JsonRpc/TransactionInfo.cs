using System.Numerics;
using System.Text.Json;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Chain.JsonRpc;

/// <summary>eth_getTransactionByHash, the fields needed to re-run a failed transaction as a call.</summary>
public sealed record TransactionInfo(
    Hash32 Hash,
    EthAddress From,
    EthAddress? To,
    ulong Nonce,
    BigInteger Value,
    ReadOnlyMemory<byte> Input,
    ulong Gas,
    long? BlockNumber)
{
    /// <summary>The same call, for eth_call.</summary>
    public CallRequest ToCallRequest() => new(To, Input) { From = From, Value = Value, Gas = Gas };

    internal static TransactionInfo FromJson(JsonElement transaction, string context) => new(
        JsonFields.Hash(transaction, "hash", context),
        JsonFields.Address(transaction, "from", context),
        JsonFields.OptionalAddress(transaction, "to", context),
        RpcHex.ParseUInt64(JsonFields.RequiredString(transaction, "nonce", context), $"{context}.nonce"),
        JsonFields.Quantity(transaction, "value", context),
        JsonFields.Data(transaction, "input", context),
        RpcHex.ParseUInt64(JsonFields.RequiredString(transaction, "gas", context), $"{context}.gas"),
        JsonFields.OptionalInt64(transaction, "blockNumber", context));
}
