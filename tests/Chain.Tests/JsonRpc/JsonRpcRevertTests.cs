using System.Text.Json.Nodes;
using Livepeer.Chain.Abi;
using Livepeer.Chain.Contracts;
using Livepeer.Chain.JsonRpc;

namespace Livepeer.Chain.Tests.JsonRpc;

// The revert shapes of the nodes we meet: geth/Nitro (code 3 + data), ganache eth_call (data string),
// ganache eth_estimateGas (data object with "result"), proxies that drop the data, bare reverts.
public sealed class JsonRpcRevertTests
{
    private static readonly string NopeData = "0x" + Convert.ToHexStringLower(RevertReason.EncodeError("nope"));

    public static TheoryData<long, string, string?, string> Shapes => new()
    {
        { 3, "execution reverted: nope", NopeData, "nope" },
        { -32000, "VM Exception while processing transaction: revert nope", NopeData, "nope" },
        { -32000, "VM Exception while processing transaction: revert nope", $$"""{"hash":null,"programCounter":233,"result":"{{NopeData}}","reason":"nope","message":"revert"}""", "nope" },
        { -32603, "Internal error", $$$"""{"originalError":{"code":3,"data":"{{{NopeData}}}","message":"execution reverted: nope"}}""", "nope" },
        { 3, "execution reverted: ticket is used", null, "ticket is used" },
        { -32000, "execution reverted", null, "reverted without a reason" },
        { -32000, "VM Exception while processing transaction: revert", "\"0x\"", "reverted without a reason" },
        { 3, "execution reverted", "\"0x4e487b710000000000000000000000000000000000000000000000000000000000000012\"", "panic 0x12: division or modulo by zero" },
        { 3, "execution reverted", "\"0xdeadbeef\"", "custom error 0xdeadbeef (revert data 0xdeadbeef)" },
        { 3, "execution reverted: sender is unlocked", "\"not hex at all\"", "sender is unlocked" },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task Reverts_become_ContractRevertException_with_the_exact_reason(long code, string message, string? dataJson, string reason)
    {
        JsonNode? data = dataJson is null ? null : dataJson.StartsWith("0x", StringComparison.Ordinal) ? JsonValue.Create(dataJson) : JsonNode.Parse(dataJson);
        var handler = new FakeJsonRpcHandler(r => FakeJsonRpcHandler.Error(r, code, message, data));

        var e = await Assert.ThrowsAsync<ContractRevertException>(() => handler.Client(maxRetries: 3).CallAsync("eth_call", [new JsonObject(), "latest"]));

        Assert.Equal(reason, e.Reason);
        Assert.Equal($"transaction failed: {reason}", e.Message);
        Assert.Equal(1, handler.Requests);
    }

    [Fact]
    public void Only_reverts_count_as_reverts()
    {
        Assert.True(JsonRpcRevert.IsRevert(new JsonRpcError(3, "anything", null)));
        Assert.True(JsonRpcRevert.IsRevert(new JsonRpcError(-32000, "Execution Reverted", null)));
        Assert.False(JsonRpcRevert.IsRevert(new JsonRpcError(-32000, "nonce too low", null)));
        Assert.False(JsonRpcRevert.IsRevert(new JsonRpcError(-32000, "insufficient funds for gas * price + value", null)));
    }
}
