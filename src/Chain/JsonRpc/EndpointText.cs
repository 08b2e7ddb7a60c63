namespace Livepeer.Chain.JsonRpc;

/// <summary>
/// A node URL as it may appear in logs and exception messages. Hosted providers put the API key in
/// the path (…/v2/KEY) or the query, so user info and the query are dropped and any long path
/// segment is masked; local URLs such as http://127.0.0.1:8545/ stay as they are.
/// </summary>
public static class EndpointText
{
    private const int LongestShownSegment = 16;

    public static string Redact(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri)
        {
            return url.OriginalString;
        }
        var segments = url.AbsolutePath.Split('/').Select(s => s.Length > LongestShownSegment ? "***" : s);
        var query = url.Query.Length > 0 ? "?***" : "";
        return $"{url.Scheme}://{url.Authority}{string.Join('/', segments)}{query}";
    }
}
