using System.Text.Json.Nodes;

namespace Livepeer.Chain.JsonRpc;

/// <summary>One JSON-RPC request: a method and its positional parameters (already in wire form).</summary>
public sealed record JsonRpcCall
{
    public JsonRpcCall(string method, params IReadOnlyList<JsonNode?> parameters)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(method);
        ArgumentNullException.ThrowIfNull(parameters);
        Method = method;
        Parameters = parameters;
    }

    public string Method { get; }

    public IReadOnlyList<JsonNode?> Parameters { get; }

    public override string ToString() => Method;
}
