using Microsoft.AspNetCore.Http.Features;

namespace Livepeer.Gateway.Api.Wire;

/// <summary>Reads a wire request body up to a limit (go-livepeer's ReadAtMost).</summary>
public static class WireBody
{
    /// <summary>The body, or null when it is longer than <paramref name="limit"/> or cannot be read.</summary>
    public static async Task<byte[]?> ReadAtMostAsync(HttpContext context, long limit)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            // Our own limit below decides; Kestrel's default (30 MB) would be lower than go-livepeer's.
            size.MaxRequestBodySize = null;
        }
        if (context.Request.ContentLength > limit)
        {
            return null;
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        try
        {
            int read;
            while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    return null;
                }
                buffer.Write(chunk, 0, read);
            }
        }
        catch (IOException)
        {
            return null;
        }
        return buffer.ToArray();
    }
}
