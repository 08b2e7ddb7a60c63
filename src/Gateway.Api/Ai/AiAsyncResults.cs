using System.Text.Json;
using Livepeer.AzureStorage.Blobs;

namespace Livepeer.Gateway.Api.Ai;

/// <summary>
/// Async image-to-video results, kept in the media store (<c>ai-results/&lt;request id&gt;.json</c>) so that any
/// gateway instance can answer a poll: <c>{"status":"processing"}</c> from the moment the request is taken,
/// replaced by <c>{"status":"complete","result":…}</c> when it ends, with the error when it failed.
/// </summary>
public sealed class AiAsyncResults(IMediaStore media)
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public Task StartAsync(string requestId, CancellationToken cancellationToken) =>
        Put(requestId, new AsyncStatus(AsyncStatus.Processing, null), cancellationToken);

    public Task CompleteAsync(string requestId, AiOutcome outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var result = outcome.Body switch
        {
            ImageResponse images => new AsyncResult(images.Images, null),
            AiErrorResponse error => new AsyncResult([], error.Error),
            _ => new AsyncResult([], new AiErrorMessage("the request ended without images")),
        };
        return Put(requestId, new AsyncStatus(AsyncStatus.Complete, result), cancellationToken);
    }

    /// <summary>The stored status, or null for an id this gateway never took.</summary>
    public async Task<AsyncStatus?> GetAsync(string requestId, CancellationToken cancellationToken)
    {
        if (MediaPath.Problem($"ai-results/{requestId}.json") is not null)
        {
            return null;
        }
        var stored = await media.GetAsync(Path(requestId), cancellationToken);
        return stored is null ? null : JsonSerializer.Deserialize<AsyncStatus>(stored.Data, Web);
    }

    private Task Put(string requestId, AsyncStatus status, CancellationToken cancellationToken) =>
        media.PutAsync(Path(requestId), JsonSerializer.SerializeToUtf8Bytes(status, Web), "application/json", cancellationToken);

    private static string Path(string requestId) => MediaPath.Combine("ai-results", requestId + ".json");
}
