using Microsoft.AspNetCore.Http.Features;

namespace Livepeer.Gateway.Api.Video;

/// <summary>Reads a pushed segment's body, up to a limit of our own (Kestrel's default would cut it at 30 MB with a bare 413).</summary>
internal static class SegmentBody
{
    /// <summary>The body, or null when it is larger than <paramref name="limit"/> bytes.</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        var sizeFeature = request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeFeature is { IsReadOnly: false })
        {
            sizeFeature.MaxRequestBodySize = null;
        }
        if (request.ContentLength is { } declared)
        {
            if (declared > limit)
            {
                return null;
            }
            var exact = new byte[declared];
            await request.Body.ReadExactlyAsync(exact, cancellationToken);
            return exact;
        }
        // Chunked: read until the end, refusing as soon as the limit is passed.
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
