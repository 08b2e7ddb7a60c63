using System.Buffers;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Livepeer.Chain.Contracts;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Livepeer.Chain.JsonRpc;

/// <summary>
/// JSON-RPC 2.0 over HTTP POST, single calls and batches. Transport failures, timeouts and HTTP
/// 5xx/408/429 are retried with exponential backoff and jitter (<see cref="JsonRpcOptions"/>), then
/// surface as <see cref="ChainUnavailableException"/> naming the node and the cause. A JSON-RPC error
/// is the node's answer and is never retried: reverts become <see cref="ContractRevertException"/>
/// with the decoded reason, anything else <see cref="JsonRpcException"/>. Thread-safe.
/// </summary>
public sealed class JsonRpcClient
{
    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json") { CharSet = "utf-8" };

    private readonly HttpClient _http;
    private readonly JsonRpcOptions _options;
    private readonly ILogger _logger;
    private readonly Func<double> _random;
    private long _lastId;

    /// <param name="http">
    /// Used as is; its own Timeout should be at least <see cref="JsonRpcOptions.Timeout"/> (the
    /// per-request limit is enforced here).
    /// </param>
    public JsonRpcClient(HttpClient http, JsonRpcOptions options, ILogger<JsonRpcClient>? logger = null)
        : this(http, options, logger, random: null)
    {
    }

    internal JsonRpcClient(HttpClient http, JsonRpcOptions options, ILogger? logger, Func<double>? random)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _http = http;
        _options = options;
        _logger = logger ?? NullLogger.Instance;
        _random = random ?? Random.Shared.NextDouble;
        Url = options.RequiredUrl;
        Endpoint = EndpointText.Redact(Url);
    }

    public Uri Url { get; }

    /// <summary>The node as it appears in messages and logs (API keys hidden).</summary>
    public string Endpoint { get; }

    public Task<JsonElement> CallAsync(string method, IReadOnlyList<JsonNode?> parameters, CancellationToken cancellationToken = default) =>
        CallAsync(new JsonRpcCall(method, parameters), cancellationToken);

    /// <summary>One request; returns its result (a detached element, safe to keep).</summary>
    public async Task<JsonElement> CallAsync(JsonRpcCall call, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(call);
        long id = Interlocked.Increment(ref _lastId);
        var body = Write(writer => WriteRequest(writer, call, id));
        using var document = await PostAsync(body, call.Method, cancellationToken).ConfigureAwait(false);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw Malformed(call.Method, $"answered with a JSON {root.ValueKind} instead of a response object");
        }
        if (root.TryGetProperty("id", out var answeredId) && answeredId.ValueKind != JsonValueKind.Null && ReadId(answeredId) != id)
        {
            throw Malformed(call.Method, $"answered request {id} with id {answeredId.GetRawText()}");
        }
        var (result, error) = ReadResponse(root, call.Method);
        return error is null ? result : throw JsonRpcResult.ToException(call.Method, error, Endpoint);
    }

    /// <summary>
    /// Several requests in one HTTP round trip. The answers come back in the order of
    /// <paramref name="calls"/>, each a result or an error (see <see cref="JsonRpcResult.GetResult"/>).
    /// </summary>
    public async Task<IReadOnlyList<JsonRpcResult>> BatchAsync(IReadOnlyList<JsonRpcCall> calls, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(calls);
        if (calls.Count == 0)
        {
            return [];
        }
        long firstId = Interlocked.Add(ref _lastId, calls.Count) - calls.Count + 1;
        var body = Write(writer =>
        {
            writer.WriteStartArray();
            for (int i = 0; i < calls.Count; i++)
            {
                WriteRequest(writer, calls[i] ?? throw new ArgumentException($"calls[{i}] is null", nameof(calls)), firstId + i);
            }
            writer.WriteEndArray();
        });
        string what = $"batch of {calls.Count} ({string.Join(", ", calls.Select(c => c.Method).Distinct())})";
        using var document = await PostAsync(body, what, cancellationToken).ConfigureAwait(false);
        var root = document.RootElement;
        if (root.ValueKind == JsonValueKind.Object)
        {
            // The node refused the batch as a whole (too large, batching unsupported, ...).
            var (_, error) = ReadResponse(root, what);
            throw error is not null
                ? JsonRpcResult.ToException(what, error, Endpoint)
                : Malformed(what, "answered a batch with a single result");
        }
        if (root.ValueKind != JsonValueKind.Array)
        {
            throw Malformed(what, $"answered with a JSON {root.ValueKind} instead of an array");
        }
        var results = new JsonRpcResult?[calls.Count];
        foreach (var item in root.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty("id", out var idElement))
            {
                throw Malformed(what, $"answered with a batch entry without an id: {Snippet(item.GetRawText())}");
            }
            long index = ReadId(idElement) - firstId;
            if (index < 0 || index >= calls.Count)
            {
                throw Malformed(what, $"answered with id {idElement.GetRawText()}, which was not requested");
            }
            if (results[index] is not null)
            {
                throw Malformed(what, $"answered id {idElement.GetRawText()} twice");
            }
            var call = calls[(int)index];
            var (result, error) = ReadResponse(item, call.Method);
            results[index] = new JsonRpcResult(call, result, error, Endpoint);
        }
        int missing = results.Count(r => r is null);
        if (missing > 0)
        {
            throw Malformed(what, $"answered {calls.Count - missing} of {calls.Count} requests");
        }
        return results!;
    }

    private async Task<JsonDocument> PostAsync(byte[] body, string what, CancellationToken cancellationToken)
    {
        int attempts = _options.MaxRetries + 1;
        for (int attempt = 1; ; attempt++)
        {
            TransientFailure failure;
            try
            {
                return await PostOnceAsync(body, what, cancellationToken).ConfigureAwait(false);
            }
            catch (TransientFailure e)
            {
                failure = e;
            }
            if (attempt >= attempts)
            {
                JsonRpcLog.GaveUp(_logger, what, Endpoint, attempts, failure.Message);
                var tries = attempts == 1 ? "1 attempt" : $"{attempts} attempts";
                throw new ChainUnavailableException($"{what} failed at {Endpoint} after {tries}: {failure.Message}", failure.InnerException ?? failure);
            }
            var delay = RetryBackoff.Delay(attempt, _options.BackoffBase, _options.BackoffMax, _random());
            JsonRpcLog.Retrying(_logger, what, Endpoint, attempt, attempts, failure.Message, (long)delay.TotalMilliseconds);
            await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<JsonDocument> PostOnceAsync(byte[] body, string what, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.Timeout);
        byte[] answer;
        int status;
        string? reasonPhrase;
        try
        {
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = JsonContentType;
            using var response = await _http.PostAsync(Url, content, timeout.Token).ConfigureAwait(false);
            answer = await response.Content.ReadAsByteArrayAsync(timeout.Token).ConfigureAwait(false);
            status = (int)response.StatusCode;
            reasonPhrase = response.ReasonPhrase;
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TransientFailure($"no answer within {_options.Timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s (timed out)", e);
        }
        catch (HttpRequestException e)
        {
            throw new TransientFailure(Describe(e), e);
        }
        catch (IOException e)
        {
            throw new TransientFailure(Describe(e), e);
        }

        if (status >= 500 || status is 408 or 429)
        {
            throw new TransientFailure($"HTTP {status} {reasonPhrase}{SnippetOf(answer)}", null);
        }
        bool success = status is >= 200 and < 300;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(answer);
        }
        catch (JsonException e)
        {
            throw success
                ? new ChainUnavailableException($"{what}: {Endpoint} did not answer with JSON (HTTP {status} {reasonPhrase}){SnippetOf(answer)}", e)
                : new ChainUnavailableException($"{what}: {Endpoint} answered HTTP {status} {reasonPhrase}{SnippetOf(answer)}", e);
        }
        // Some servers send JSON-RPC errors with a 4xx status; the error inside is the real answer.
        if (!success && !LooksLikeJsonRpc(document.RootElement))
        {
            document.Dispose();
            throw new ChainUnavailableException($"{what}: {Endpoint} answered HTTP {status} {reasonPhrase}{SnippetOf(answer)}");
        }
        return document;
    }

    private static bool LooksLikeJsonRpc(JsonElement root) =>
        root.ValueKind == JsonValueKind.Array
        || (root.ValueKind == JsonValueKind.Object && (root.TryGetProperty("error", out _) || root.TryGetProperty("result", out _)));

    private (JsonElement Result, JsonRpcError? Error) ReadResponse(JsonElement response, string method)
    {
        if (response.TryGetProperty("error", out var error) && error.ValueKind != JsonValueKind.Null)
        {
            if (error.ValueKind != JsonValueKind.Object)
            {
                return (default, new JsonRpcError(0, error.ValueKind == JsonValueKind.String ? error.GetString()! : error.GetRawText(), null));
            }
            long code = error.TryGetProperty("code", out var codeElement) && codeElement.ValueKind == JsonValueKind.Number && codeElement.TryGetInt64(out var c) ? c : 0;
            string message = error.TryGetProperty("message", out var messageElement) && messageElement.ValueKind == JsonValueKind.String
                ? messageElement.GetString()!
                : "(no message)";
            JsonElement? data = error.TryGetProperty("data", out var dataElement) && dataElement.ValueKind != JsonValueKind.Null ? dataElement.Clone() : null;
            return (default, new JsonRpcError(code, message, data));
        }
        if (!response.TryGetProperty("result", out var result))
        {
            throw Malformed(method, $"answered with neither a result nor an error: {Snippet(response.GetRawText())}");
        }
        return (result.Clone(), null);
    }

    private static long ReadId(JsonElement id)
    {
        if (id.ValueKind == JsonValueKind.Number && id.TryGetInt64(out var number))
        {
            return number;
        }
        if (id.ValueKind == JsonValueKind.String && long.TryParse(id.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed))
        {
            return parsed;
        }
        return -1;
    }

    private ChainUnavailableException Malformed(string what, string problem) => new($"{what}: {Endpoint} {problem}");

    private static void WriteRequest(Utf8JsonWriter writer, JsonRpcCall call, long id)
    {
        writer.WriteStartObject();
        writer.WriteString("jsonrpc", "2.0");
        writer.WriteNumber("id", id);
        writer.WriteString("method", call.Method);
        writer.WriteStartArray("params");
        foreach (var parameter in call.Parameters)
        {
            if (parameter is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                parameter.WriteTo(writer);
            }
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static byte[] Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }
        return buffer.WrittenSpan.ToArray();
    }

    private static string Describe(Exception e)
    {
        var message = e.Message;
        for (var inner = e.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (!message.Contains(inner.Message, StringComparison.Ordinal))
            {
                message += " (" + inner.Message + ")";
            }
        }
        return message;
    }

    private static string SnippetOf(byte[] body) => body.Length == 0 ? "" : ": " + Snippet(Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 400)));

    private static string Snippet(string text) => text.Length <= 300 ? text : text[..297] + "...";

    /// <summary>A failed attempt worth another try; never leaves this class.</summary>
    private sealed class TransientFailure(string message, Exception? inner) : Exception(message, inner);
}
