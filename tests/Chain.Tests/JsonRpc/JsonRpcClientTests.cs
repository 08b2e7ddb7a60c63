using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using Livepeer.Chain.Abi;
using Livepeer.Chain.Contracts;
using Livepeer.Chain.JsonRpc;

namespace Livepeer.Chain.Tests.JsonRpc;

public sealed class JsonRpcClientTests
{
    [Fact]
    public async Task A_call_posts_a_JSON_RPC_2_request_and_returns_the_result()
    {
        var handler = new FakeJsonRpcHandler(r => FakeJsonRpcHandler.Result(r, "0x539"));

        var result = await handler.Client().CallAsync("eth_chainId", []);

        Assert.Equal("0x539", result.GetString());
        var request = JsonDocument.Parse(Assert.Single(handler.Bodies)).RootElement;
        Assert.Equal("2.0", request.GetProperty("jsonrpc").GetString());
        Assert.Equal("eth_chainId", request.GetProperty("method").GetString());
        Assert.Equal(JsonValueKind.Number, request.GetProperty("id").ValueKind);
        Assert.Equal(0, request.GetProperty("params").GetArrayLength());
    }

    [Fact]
    public async Task Parameters_are_sent_in_order_and_ids_differ_per_request()
    {
        var handler = new FakeJsonRpcHandler(r => FakeJsonRpcHandler.Result(r, "0x1"));
        var client = handler.Client();

        await client.CallAsync("eth_getBalance", ["0x90f8bf6a479f320ead074411a4b0e7944ea8c9c1", "latest"]);
        await client.CallAsync("eth_getBalance", [new JsonObject { ["a"] = 1 }, null]);

        var first = JsonDocument.Parse(handler.Bodies[0]).RootElement;
        var second = JsonDocument.Parse(handler.Bodies[1]).RootElement;
        Assert.Equal("""["0x90f8bf6a479f320ead074411a4b0e7944ea8c9c1","latest"]""", first.GetProperty("params").GetRawText());
        Assert.Equal("""[{"a":1},null]""", second.GetProperty("params").GetRawText());
        Assert.NotEqual(first.GetProperty("id").GetInt64(), second.GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task A_batch_is_one_request_and_answers_come_back_in_call_order_whatever_the_node_order()
    {
        var handler = new FakeJsonRpcHandler(r =>
        {
            var answers = r.Body.EnumerateArray().Reverse().Select(call =>
            {
                var id = call.GetProperty("id").GetInt64();
                var method = call.GetProperty("method").GetString();
                return method == "eth_call"
                    ? new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["error"] = new JsonObject { ["code"] = 3, ["message"] = "execution reverted: nope", ["data"] = "0x" + Convert.ToHexStringLower(RevertReason.EncodeError("nope")) } }
                    : new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["result"] = method };
            });
            return FakeJsonRpcHandler.Json(new JsonArray([.. answers]).ToJsonString());
        });

        var results = await handler.Client().BatchAsync(
        [
            new JsonRpcCall("eth_chainId"),
            new JsonRpcCall("eth_call", new JsonObject(), "latest"),
            new JsonRpcCall("eth_blockNumber"),
        ]);

        Assert.Equal(1, handler.Requests);
        var sent = JsonDocument.Parse(handler.Bodies[0]).RootElement;
        Assert.Equal(JsonValueKind.Array, sent.ValueKind);
        Assert.Equal(["eth_chainId", "eth_call", "eth_blockNumber"], sent.EnumerateArray().Select(c => c.GetProperty("method").GetString()));
        Assert.Equal(3, sent.EnumerateArray().Select(c => c.GetProperty("id").GetInt64()).Distinct().Count());
        Assert.Equal("eth_chainId", results[0].GetResult().GetString());
        Assert.Equal("eth_blockNumber", results[2].GetResult().GetString());
        Assert.True(results[1].IsError);
        Assert.Equal("nope", Assert.Throws<ContractRevertException>(() => results[1].GetResult()).Reason);
    }

    [Fact]
    public async Task An_empty_batch_sends_nothing()
    {
        var handler = new FakeJsonRpcHandler(r => throw new InvalidOperationException("no request expected"));

        Assert.Empty(await handler.Client().BatchAsync([]));
        Assert.Equal(0, handler.Requests);
    }

    [Fact]
    public async Task A_batch_answered_incompletely_is_reported()
    {
        var handler = new FakeJsonRpcHandler(r =>
        {
            var first = r.Body[0].GetProperty("id").GetInt64();
            return FakeJsonRpcHandler.Json($$"""[{"jsonrpc":"2.0","id":{{first}},"result":"0x1"}]""");
        });

        var e = await Assert.ThrowsAsync<ChainUnavailableException>(() => handler.Client().BatchAsync([new("eth_chainId"), new("eth_blockNumber")]));

        Assert.Equal("batch of 2 (eth_chainId, eth_blockNumber): http://127.0.0.1:8545/ answered 1 of 2 requests", e.Message);
    }

    [Fact]
    public async Task A_batch_refused_as_a_whole_surfaces_the_node_error()
    {
        var handler = new FakeJsonRpcHandler(r => FakeJsonRpcHandler.Json("""{"jsonrpc":"2.0","id":null,"error":{"code":-32600,"message":"batch too large"}}"""));

        var e = await Assert.ThrowsAsync<JsonRpcException>(() => handler.Client().BatchAsync([new("eth_chainId"), new("eth_blockNumber")]));

        Assert.Equal(-32600, e.Code);
        Assert.Contains("batch too large", e.Message);
    }

    [Theory]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.TooManyRequests)]
    [InlineData(HttpStatusCode.RequestTimeout)]
    public async Task Transient_HTTP_statuses_are_retried_until_an_answer_comes(HttpStatusCode status)
    {
        var handler = new FakeJsonRpcHandler(r => r.Number <= 2
            ? FakeJsonRpcHandler.Text("try later", status)
            : FakeJsonRpcHandler.Result(r, "0x2a"));

        var result = await handler.Client(maxRetries: 3).CallAsync("eth_blockNumber", []);

        Assert.Equal("0x2a", result.GetString());
        Assert.Equal(3, handler.Requests);
        Assert.All(handler.Bodies, body => Assert.Equal(handler.Bodies[0], body));
    }

    [Fact]
    public async Task Exhausted_retries_raise_ChainUnavailable_with_the_url_and_the_cause()
    {
        var handler = new FakeJsonRpcHandler(r => FakeJsonRpcHandler.Text("upstream down", HttpStatusCode.ServiceUnavailable));

        var e = await Assert.ThrowsAsync<ChainUnavailableException>(() => handler.Client(maxRetries: 2).CallAsync("eth_blockNumber", []));

        Assert.Equal(3, handler.Requests);
        Assert.Equal("eth_blockNumber failed at http://127.0.0.1:8545/ after 3 attempts: HTTP 503 Service Unavailable: upstream down", e.Message);
    }

    [Fact]
    public async Task A_refused_connection_is_retried_then_reported_with_the_socket_error()
    {
        int port;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        var url = new Uri($"http://127.0.0.1:{port}/");
        var client = new JsonRpcClient(new HttpClient(), new JsonRpcOptions
        {
            Url = url,
            MaxRetries = 1,
            BackoffBase = TimeSpan.FromMilliseconds(1),
            BackoffMax = TimeSpan.FromMilliseconds(1),
        });

        var e = await Assert.ThrowsAsync<ChainUnavailableException>(() => client.CallAsync("eth_chainId", []));

        Assert.StartsWith($"eth_chainId failed at {url} after 2 attempts: ", e.Message);
        Assert.Contains("refused", e.Message, StringComparison.OrdinalIgnoreCase);
        Assert.IsType<HttpRequestException>(e.InnerException);
    }

    [Fact]
    public async Task A_slow_node_times_out_per_attempt_and_is_retried()
    {
        var handler = new FakeJsonRpcHandler(async (r, ct) =>
        {
            if (r.Number == 1)
            {
                await Task.Delay(Timeout.Infinite, ct);
            }
            return FakeJsonRpcHandler.Result(r, "0x7");
        });

        var result = await handler.Client(maxRetries: 1, timeout: TimeSpan.FromMilliseconds(200)).CallAsync("eth_blockNumber", []);

        Assert.Equal("0x7", result.GetString());
        Assert.Equal(2, handler.Requests);
    }

    [Fact]
    public async Task A_node_that_never_answers_gives_ChainUnavailable_saying_it_timed_out()
    {
        var handler = new FakeJsonRpcHandler(async (r, ct) =>
        {
            await Task.Delay(Timeout.Infinite, ct);
            throw new InvalidOperationException("unreachable");
        });

        var e = await Assert.ThrowsAsync<ChainUnavailableException>(() =>
            handler.Client(maxRetries: 1, timeout: TimeSpan.FromMilliseconds(100)).CallAsync("eth_gasPrice", []));

        Assert.Equal("eth_gasPrice failed at http://127.0.0.1:8545/ after 2 attempts: no answer within 0.1 s (timed out)", e.Message);
        Assert.Equal(2, handler.Requests);
    }

    [Fact]
    public async Task Cancellation_by_the_caller_is_not_retried_nor_disguised()
    {
        var handler = new FakeJsonRpcHandler(async (r, ct) =>
        {
            await Task.Delay(Timeout.Infinite, ct);
            throw new InvalidOperationException("unreachable");
        });
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => handler.Client(maxRetries: 5).CallAsync("eth_gasPrice", [], cancel.Token));
        Assert.Equal(1, handler.Requests);
    }

    [Fact]
    public async Task A_JSON_RPC_error_is_an_answer_and_is_not_retried()
    {
        var handler = new FakeJsonRpcHandler(r => FakeJsonRpcHandler.Error(r, -32000, "nonce too low"));

        var e = await Assert.ThrowsAsync<JsonRpcException>(() => handler.Client(maxRetries: 3).CallAsync("eth_sendRawTransaction", ["0x01"]));

        Assert.Equal(1, handler.Requests);
        Assert.Equal(-32000, e.Code);
        Assert.Equal("eth_sendRawTransaction", e.Method);
        Assert.Equal("eth_sendRawTransaction failed at http://127.0.0.1:8545/: nonce too low (JSON-RPC error -32000)", e.Message);
        Assert.False(e.IsMethodNotFound);
    }

    [Fact]
    public async Task Unknown_methods_are_recognised()
    {
        var handler = new FakeJsonRpcHandler(r => FakeJsonRpcHandler.Error(r, -32601, "the method eth_maxPriorityFeePerGas does not exist/is not available"));

        var e = await Assert.ThrowsAsync<JsonRpcException>(() => handler.Client().CallAsync("eth_maxPriorityFeePerGas", []));

        Assert.True(e.IsMethodNotFound);
    }

    [Fact]
    public async Task An_HTTP_4xx_without_a_JSON_RPC_body_is_reported_and_not_retried()
    {
        var handler = new FakeJsonRpcHandler(r => FakeJsonRpcHandler.Text("invalid API key", HttpStatusCode.Unauthorized));

        var e = await Assert.ThrowsAsync<ChainUnavailableException>(() => handler.Client(maxRetries: 3).CallAsync("eth_chainId", []));

        Assert.Equal(1, handler.Requests);
        Assert.Equal("eth_chainId: http://127.0.0.1:8545/ answered HTTP 401 Unauthorized: invalid API key", e.Message);
    }

    [Fact]
    public async Task An_HTTP_4xx_carrying_a_JSON_RPC_error_surfaces_that_error()
    {
        var handler = new FakeJsonRpcHandler(r => FakeJsonRpcHandler.Json(
            $$$"""{"jsonrpc":"2.0","id":{{{r.Single.GetProperty("id").GetInt64()}}},"error":{"code":-32602,"message":"invalid argument 0"}}""",
            HttpStatusCode.BadRequest));

        var e = await Assert.ThrowsAsync<JsonRpcException>(() => handler.Client().CallAsync("eth_getBalance", ["nope"]));

        Assert.Equal(-32602, e.Code);
    }

    [Fact]
    public async Task A_non_JSON_answer_is_reported_with_a_snippet()
    {
        var handler = new FakeJsonRpcHandler(r => FakeJsonRpcHandler.Text("<html>gateway</html>", HttpStatusCode.OK));

        var e = await Assert.ThrowsAsync<ChainUnavailableException>(() => handler.Client().CallAsync("eth_chainId", []));

        Assert.Equal("eth_chainId: http://127.0.0.1:8545/ did not answer with JSON (HTTP 200 OK): <html>gateway</html>", e.Message);
        Assert.IsAssignableFrom<JsonException>(e.InnerException);
    }

    [Fact]
    public async Task An_answer_to_another_request_id_is_refused()
    {
        var handler = new FakeJsonRpcHandler(r => FakeJsonRpcHandler.Json("""{"jsonrpc":"2.0","id":999999,"result":"0x1"}"""));

        var e = await Assert.ThrowsAsync<ChainUnavailableException>(() => handler.Client().CallAsync("eth_chainId", []));

        Assert.Contains("with id 999999", e.Message);
    }

    [Fact]
    public async Task An_answer_without_result_or_error_is_refused()
    {
        var handler = new FakeJsonRpcHandler(r => FakeJsonRpcHandler.Json($$$"""{"jsonrpc":"2.0","id":{{{r.Single.GetProperty("id").GetInt64()}}}}"""));

        var e = await Assert.ThrowsAsync<ChainUnavailableException>(() => handler.Client().CallAsync("eth_chainId", []));

        Assert.Contains("neither a result nor an error", e.Message);
    }

    [Fact]
    public void Api_keys_in_the_url_stay_out_of_messages()
    {
        Assert.Equal("https://arb-mainnet.g.alchemy.com/v2/***", EndpointText.Redact(new Uri("https://arb-mainnet.g.alchemy.com/v2/abcdefghijklmnopqrstuvwxyz012345")));
        Assert.Equal("https://rpc.example/?***", EndpointText.Redact(new Uri("https://user:secret@rpc.example/?key=abc")));
        Assert.Equal("http://127.0.0.1:8545/", EndpointText.Redact(new Uri("http://127.0.0.1:8545/")));
    }

    [Fact]
    public async Task Messages_name_the_redacted_endpoint()
    {
        var handler = new FakeJsonRpcHandler(r => FakeJsonRpcHandler.Text("down", HttpStatusCode.BadGateway));
        var client = new JsonRpcClient(new HttpClient(handler), new JsonRpcOptions
        {
            Url = new Uri("https://arb1.example.org/v3/0123456789abcdef0123456789abcdef"),
            MaxRetries = 0,
        });

        var e = await Assert.ThrowsAsync<ChainUnavailableException>(() => client.CallAsync("eth_chainId", []));

        Assert.Equal("eth_chainId failed at https://arb1.example.org/v3/*** after 1 attempt: HTTP 502 Bad Gateway: down", e.Message);
        Assert.DoesNotContain("0123456789abcdef", e.Message);
    }
}
