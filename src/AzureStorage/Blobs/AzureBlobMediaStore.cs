using Azure;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace Livepeer.AzureStorage.Blobs;

/// <summary>
/// <see cref="IMediaStore"/> over one Azure Blob container (Azurite locally). The container is created
/// on first use, so a fresh storage account works without set-up.
/// </summary>
public sealed class AzureBlobMediaStore : IMediaStore
{
    private readonly BlobContainerClient _container;
    private readonly Lazy<Task> _created;

    public AzureBlobMediaStore(MediaStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = options.Errors();
        if (errors.Count > 0)
        {
            throw new ArgumentException($"Invalid media store options: {string.Join("; ", errors)}.", nameof(options));
        }
        var service = string.IsNullOrWhiteSpace(options.ConnectionString)
            ? new BlobServiceClient(options.BlobServiceUri, new DefaultAzureCredential())
            : new BlobServiceClient(options.ConnectionString);
        _container = service.GetBlobContainerClient(options.MediaContainer);
        _created = new Lazy<Task>(() => _container.CreateIfNotExistsAsync(), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public async Task PutAsync(string path, ReadOnlyMemory<byte> data, string contentType, CancellationToken cancellationToken = default)
    {
        MediaPath.Validate(path);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentType);
        await EnsureContainerAsync().ConfigureAwait(false);
        var upload = new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = contentType } };
        await _container.GetBlobClient(path).UploadAsync(BinaryData.FromBytes(data), upload, cancellationToken).ConfigureAwait(false);
    }

    public async Task<StoredMedia?> GetAsync(string path, CancellationToken cancellationToken = default)
    {
        MediaPath.Validate(path);
        await EnsureContainerAsync().ConfigureAwait(false);
        try
        {
            var result = await _container.GetBlobClient(path).DownloadContentAsync(cancellationToken).ConfigureAwait(false);
            var details = result.Value.Details;
            return new StoredMedia(result.Value.Content.ToArray(), details.ContentType ?? "application/octet-stream", details.LastModified);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public async Task<bool> DeleteAsync(string path, CancellationToken cancellationToken = default)
    {
        MediaPath.Validate(path);
        await EnsureContainerAsync().ConfigureAwait(false);
        var response = await _container.GetBlobClient(path).DeleteIfExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.Value;
    }

    // A failed creation (storage not up yet) must not be cached forever: the next call tries again.
    private async Task EnsureContainerAsync()
    {
        var created = _created;
        try
        {
            await created.Value.ConfigureAwait(false);
        }
        catch (RequestFailedException)
        {
            await _container.CreateIfNotExistsAsync().ConfigureAwait(false);
        }
    }
}
