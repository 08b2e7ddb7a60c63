namespace Livepeer.AzureStorage.Blobs;

/// <summary>An object read back from the media store.</summary>
public sealed record StoredMedia(byte[] Data, string ContentType, DateTimeOffset LastModified);
