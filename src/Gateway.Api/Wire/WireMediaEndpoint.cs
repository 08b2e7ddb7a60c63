using Livepeer.AzureStorage.Blobs;
using Livepeer.Grains.Abstractions.Wire;

namespace Livepeer.Gateway.Api.Wire;

/// <summary><c>GET /stream/{path}</c>: the renditions and AI outputs the wire endpoints handed out (only paths under <c>wire/</c>).</summary>
public static class WireMediaEndpoint
{
    public static async Task<IResult> GetAsync(string path, IMediaStore media, CancellationToken cancellationToken)
    {
        if (MediaPath.Problem(path) is not null || !path.StartsWith(WireMediaNames.Root + "/", StringComparison.Ordinal))
        {
            return Results.NotFound();
        }
        var stored = await media.GetAsync(path, cancellationToken);
        return stored is null ? Results.NotFound() : Results.Bytes(stored.Data, stored.ContentType);
    }
}
