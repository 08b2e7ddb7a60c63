using System.CommandLine;

namespace Livepeer.Cli.Commands.Orchestrator;

/// <summary>
/// Where the admin API is and the token to show it: <c>--api</c> (else LPCTL_API, else http://127.0.0.1:9935)
/// and <c>--token</c> (else LPCTL_ADMIN_TOKEN, else none: the API then lets in loopback callers only).
/// </summary>
public sealed record AdminConnection(Uri Api, string? Token)
{
    public const string DefaultApi = "http://127.0.0.1:9935";
    public const string ApiVariable = "LPCTL_API";
    public const string TokenVariable = "LPCTL_ADMIN_TOKEN";

    public static Option<string?> ApiOption() =>
        new("--api") { Description = $"the gateway API's base URL (default: ${ApiVariable} or {DefaultApi})" };

    public static Option<string?> TokenOption() =>
        new("--token") { Description = $"the gateway's Admin:Token, sent as a bearer token (default: ${TokenVariable}; none for a loopback gateway without a token)" };

    /// <summary>The connection from the options, then the environment; null with <paramref name="error"/> when the URL is unusable.</summary>
    public static AdminConnection? Resolve(string? api, string? token, Func<string, string?> environment, out string? error)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var text = NonEmpty(api) ?? NonEmpty(environment(ApiVariable)) ?? DefaultApi;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            error = $"--api must be an http:// or https:// URL such as {DefaultApi} (was '{text}')";
            return null;
        }
        error = null;
        return new AdminConnection(uri, NonEmpty(token) ?? NonEmpty(environment(TokenVariable)));
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
