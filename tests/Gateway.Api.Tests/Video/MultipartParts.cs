using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Livepeer.Gateway.Api.Tests.Video;

/// <summary>The parts of a multipart/mixed push response.</summary>
public static class MultipartParts
{
    public static async Task<IReadOnlyList<(Dictionary<string, StringValues> Headers, byte[] Body)>> ReadAsync(HttpResponseMessage response)
    {
        var contentType = MediaTypeHeaderValue.Parse(response.Content.Headers.ContentType!.ToString());
        Assert.Equal("multipart/mixed", contentType.MediaType.Value);
        var reader = new MultipartReader(HeaderUtilities.RemoveQuotes(contentType.Boundary).Value!, await response.Content.ReadAsStreamAsync());
        var parts = new List<(Dictionary<string, StringValues>, byte[])>();
        while (await reader.ReadNextSectionAsync() is { } section)
        {
            using var body = new MemoryStream();
            await section.Body.CopyToAsync(body);
            parts.Add((section.Headers!, body.ToArray()));
        }
        return parts;
    }
}
