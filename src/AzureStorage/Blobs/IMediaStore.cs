namespace Livepeer.AzureStorage.Blobs;

/// <summary>
/// Media every gateway instance can serve: HLS renditions and playlists, AI outputs. Paths are
/// '/'-separated names such as <c>streams/demo/P240p30fps16x9/12.ts</c> (see <see cref="MediaPath"/>).
/// </summary>
public interface IMediaStore
{
    /// <summary>Stores (or replaces) the object at <paramref name="path"/>.</summary>
    Task PutAsync(string path, ReadOnlyMemory<byte> data, string contentType, CancellationToken cancellationToken = default);

    /// <summary>Reads the object at <paramref name="path"/>, or null when there is none.</summary>
    Task<StoredMedia?> GetAsync(string path, CancellationToken cancellationToken = default);

    /// <summary>Removes the object at <paramref name="path"/>; false when there was none.</summary>
    Task<bool> DeleteAsync(string path, CancellationToken cancellationToken = default);
}
