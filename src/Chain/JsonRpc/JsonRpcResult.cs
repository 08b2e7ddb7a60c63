using System.Text.Json;

namespace Livepeer.Chain.JsonRpc;

/// <summary>The answer to one call of a batch: a result or an error.</summary>
public sealed class JsonRpcResult
{
    private readonly JsonElement _result;

    internal JsonRpcResult(JsonRpcCall call, JsonElement result, JsonRpcError? error, string endpoint)
    {
        Call = call;
        _result = result;
        Error = error;
        Endpoint = endpoint;
    }

    public JsonRpcCall Call { get; }

    public JsonRpcError? Error { get; }

    public bool IsError => Error is not null;

    /// <summary>The node, as it appears in messages (API keys in the path hidden).</summary>
    public string Endpoint { get; }

    /// <summary>
    /// The result; for an error, throws <see cref="Contracts.ContractRevertException"/> if it is a
    /// revert and <see cref="JsonRpcException"/> otherwise.
    /// </summary>
    public JsonElement GetResult() => Error is { } error ? throw ToException(Call.Method, error, Endpoint) : _result;

    internal static Exception ToException(string method, JsonRpcError error, string endpoint) =>
        JsonRpcRevert.IsRevert(error) ? JsonRpcRevert.ToException(error) : new JsonRpcException(method, error, endpoint);
}
