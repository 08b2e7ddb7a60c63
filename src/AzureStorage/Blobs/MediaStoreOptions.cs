using System.Text.RegularExpressions;

namespace Livepeer.AzureStorage.Blobs;

/// <summary>
/// Where media blobs live (section <c>Storage</c>): a connection string (Azurite, shared key) or a blob
/// service URI used with the default Azure credential (managed identity), and the container name.
/// </summary>
public sealed partial class MediaStoreOptions
{
    public const string SectionName = "Storage";

    public string? ConnectionString { get; set; } = "UseDevelopmentStorage=true";

    /// <summary>Blob service endpoint, e.g. <c>https://account.blob.core.windows.net</c>; used when no connection string is set.</summary>
    public Uri? BlobServiceUri { get; set; }

    /// <summary>Container for media: 3–63 lowercase letters, digits and single hyphens.</summary>
    public string MediaContainer { get; set; } = "media";

    public IReadOnlyList<string> Errors()
    {
        var problems = new List<string>();
        var hasConnectionString = !string.IsNullOrWhiteSpace(ConnectionString);
        if (!hasConnectionString && BlobServiceUri is null)
        {
            problems.Add($"{SectionName}:{nameof(ConnectionString)} or {SectionName}:{nameof(BlobServiceUri)} is required for the media store");
        }
        if (BlobServiceUri is not null && (!BlobServiceUri.IsAbsoluteUri || (BlobServiceUri.Scheme != Uri.UriSchemeHttps && BlobServiceUri.Scheme != Uri.UriSchemeHttp)))
        {
            problems.Add($"{SectionName}:{nameof(BlobServiceUri)} must be an absolute http(s) URI, got '{BlobServiceUri}'");
        }
        if (!ContainerName().IsMatch(MediaContainer ?? "") || (MediaContainer ?? "").Contains("--", StringComparison.Ordinal))
        {
            problems.Add($"{SectionName}:{nameof(MediaContainer)} '{MediaContainer}' must be 3-63 lowercase letters, digits and single hyphens, starting and ending with a letter or digit");
        }
        return problems;
    }

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]{1,61})[a-z0-9]$")]
    private static partial Regex ContainerName();
}
