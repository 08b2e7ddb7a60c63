using System.Globalization;

namespace Livepeer.Grains.Remote;

/// <summary>Fetches what an orchestrator handed back by URL: http(s) downloads (certificates unverified) and base64 data: URLs.</summary>
public static class RemoteMedia
{
    /// <summary>The bytes and content type at <paramref name="url"/>; throws <see cref="InvalidDataException"/> naming the problem.</summary>
    public static async Task<(byte[] Data, string? ContentType)> FetchAsync(RemoteOrchestratorClients clients, string url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(clients);
        ArgumentNullException.ThrowIfNull(url);
        if (url.StartsWith("data:", StringComparison.Ordinal))
        {
            return FromDataUrl(url);
        }
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new InvalidDataException($"the orchestrator's output URL \"{url}\" is not an absolute http(s) or data: URL");
        }
        var options = clients.Options;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.DownloadTimeout);
        using var request = RemoteOrchestratorClients.NewRequest(HttpMethod.Get, uri);
        using var response = await clients.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"downloading {url} answered {(int)response.StatusCode}"));
        }
        if (response.Content.Headers.ContentLength > options.MaxDownloadBytes)
        {
            throw new InvalidDataException($"{url} is larger than {options.MaxDownloadBytes} bytes");
        }
        await using var stream = await response.Content.ReadAsStreamAsync(timeout.Token);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, timeout.Token)) > 0)
        {
            if (buffer.Length + read > options.MaxDownloadBytes)
            {
                throw new InvalidDataException($"{url} is larger than {options.MaxDownloadBytes} bytes");
            }
            buffer.Write(chunk, 0, read);
        }
        return (buffer.ToArray(), response.Content.Headers.ContentType?.MediaType);
    }

    private static (byte[], string?) FromDataUrl(string url)
    {
        int comma = url.IndexOf(',', StringComparison.Ordinal);
        var header = comma < 0 ? "" : url[5..comma];
        if (comma < 0 || !header.EndsWith(";base64", StringComparison.Ordinal))
        {
            throw new InvalidDataException("the orchestrator's data: URL is not base64 (data:<type>;base64,<data>)");
        }
        try
        {
            return (Convert.FromBase64String(url[(comma + 1)..]), header[..^";base64".Length]);
        }
        catch (FormatException e)
        {
            throw new InvalidDataException($"the orchestrator's data: URL does not hold base64: {e.Message}", e);
        }
    }
}
