using System.Net.Http.Headers;

namespace Livepeer.Gateway.Api.Tests.Video;

/// <summary>Push requests as a client (curl, ffmpeg) sends them.</summary>
public static class Push
{
    public static HttpRequestMessage Request(string stream, long sequence, byte[] body, string extension = ".ts", bool multipart = true, string? configuration = null, HttpMethod? method = null)
    {
        var request = new HttpRequestMessage(method ?? HttpMethod.Put, new Uri($"live/{stream}/{sequence}{extension}", UriKind.Relative))
        {
            Content = new ByteArrayContent(body),
        };
        if (multipart)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("multipart/mixed"));
        }
        request.Headers.Add("Content-Duration", "1000");
        if (configuration is not null)
        {
            request.Headers.Add("Livepeer-Transcode-Configuration", configuration);
        }
        return request;
    }

    public static string NewStream(string prefix) => $"{prefix}-{Guid.NewGuid():N}";
}
