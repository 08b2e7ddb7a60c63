namespace Livepeer.Chain.JsonRpc;

/// <summary>
/// The node answered a request with a JSON-RPC error that is not a revert ("nonce too low",
/// "insufficient funds", unknown method, ...). It is an answer, so it is not retried.
/// </summary>
public sealed class JsonRpcException(string method, JsonRpcError error, string endpoint)
    : Exception($"{method} failed at {endpoint}: {error.Message} (JSON-RPC error {error.Code})")
{
    public string Method { get; } = method;

    public JsonRpcError Error { get; } = error;

    public long Code => Error.Code;

    /// <summary>True for "method not found" answers, by code or by the usual wordings.</summary>
    public bool IsMethodNotFound =>
        Error.Code == JsonRpcError.MethodNotFoundCode
        || Error.Message.Contains("not found", StringComparison.OrdinalIgnoreCase)
        || Error.Message.Contains("does not exist", StringComparison.OrdinalIgnoreCase)
        || Error.Message.Contains("not supported", StringComparison.OrdinalIgnoreCase)
        || Error.Message.Contains("not available", StringComparison.OrdinalIgnoreCase);
}
