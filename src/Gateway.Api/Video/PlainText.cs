namespace Livepeer.Gateway.Api.Video;

/// <summary>Error answers of the video routes: text/plain with the reason, as go-livepeer's http.Error writes them.</summary>
internal static class PlainText
{
    public static Task WriteAsync(HttpResponse response, int status, string message)
    {
        response.StatusCode = status;
        response.ContentType = "text/plain; charset=utf-8";
        response.Headers.XContentTypeOptions = "nosniff";
        return response.WriteAsync(message + "\n");
    }
}
