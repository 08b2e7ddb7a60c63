using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Livepeer.Grains.Abstractions.Video;
using Livepeer.Protocol.Video;

namespace Livepeer.Gateway.Api.Video;

/// <summary>
/// The push response body for <c>Accept: multipart/mixed</c> (gateway-api.md §2.6): one part per rendition, in
/// profile order, each with Content-Type (and name), Content-Length, Content-Disposition and Rendition-Name.
/// </summary>
public static class MultipartRenditions
{
    public const string MediaType = "multipart/mixed";

    /// <summary>True when the client asked for the renditions: Accept is exactly multipart/mixed.</summary>
    public static bool Wanted(string? accept) => string.Equals(accept?.Trim(), MediaType, StringComparison.OrdinalIgnoreCase);

    /// <summary>The file name of a rendition part: <c>{profile}_{seq}{ext}</c>.</summary>
    public static string FileName(string rendition, long sequence, SegmentFormat format) =>
        string.Create(CultureInfo.InvariantCulture, $"{rendition}_{sequence}{format.Extension()}");

    public static async Task WriteAsync(HttpResponse response, long sequence, SegmentFormat format, IReadOnlyList<RenditionSegment> renditions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(renditions);
        var boundary = RandomNumberGenerator.GetHexString(32, lowercase: true);
        var parts = new List<(byte[] Head, byte[] Body)>();
        long length = 0;
        for (int i = 0; i < renditions.Count; i++)
        {
            var rendition = renditions[i];
            var file = FileName(rendition.Name, sequence, format);
            var head = new StringBuilder()
                .Append(i == 0 ? "--" : "\r\n--").Append(boundary).Append("\r\n")
                .Append(CultureInfo.InvariantCulture, $"Content-Type: {format.MediaType()}; name=\"{file}\"\r\n")
                .Append(CultureInfo.InvariantCulture, $"Content-Length: {rendition.Data.Length}\r\n")
                .Append(CultureInfo.InvariantCulture, $"Content-Disposition: attachment; filename=\"{file}\"\r\n")
                .Append(CultureInfo.InvariantCulture, $"Rendition-Name: {rendition.Name}\r\n")
                .Append("\r\n");
            var bytes = Encoding.ASCII.GetBytes(head.ToString());
            parts.Add((bytes, rendition.Data));
            length += bytes.Length + rendition.Data.Length;
        }
        var tail = Encoding.ASCII.GetBytes((renditions.Count == 0 ? "--" : "\r\n--") + boundary + "--\r\n");
        length += tail.Length;

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = $"{MediaType}; boundary={boundary}";
        response.ContentLength = length;
        foreach (var (head, body) in parts)
        {
            await response.Body.WriteAsync(head, cancellationToken);
            await response.Body.WriteAsync(body, cancellationToken);
        }
        await response.Body.WriteAsync(tail, cancellationToken);
    }
}
