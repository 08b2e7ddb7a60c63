using Azure;
using Livepeer.Gateway.Api.Ai;
using Livepeer.Gateway.Api.Options;
using Microsoft.Extensions.Options;

namespace Livepeer.Gateway.Api.ApiKeys;

/// <summary>
/// Guards the AI routes when <see cref="ApiKeyOptions.Required"/>: <c>Authorization: Bearer &lt;API key&gt;</c>
/// with a known, unrevoked key, else 401 in the error shape the SDK parses. Off: every caller gets in, as
/// with go-livepeer's gateway.
/// </summary>
public sealed partial class ApiKeyFilter(ApiKeyStore keys, IOptions<ApiKeyOptions> options, ILogger<ApiKeyFilter> logger) : IEndpointFilter
{
    public const string Realm = "livepeer-ai";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (!options.Value.Required)
        {
            return await next(context);
        }
        var http = context.HttpContext;
        string header = http.Request.Headers.Authorization.ToString();
        const string Scheme = "Bearer ";
        string? refusal;
        string? keyId = null;
        if (header.Length == 0)
        {
            refusal = "this gateway needs an API key: send 'Authorization: Bearer <key>'";
        }
        else if (!header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            refusal = "the Authorization header must use the Bearer scheme: 'Authorization: Bearer <key>'";
        }
        else
        {
            ApiKeyCheck check;
            try
            {
                check = await keys.VerifyAsync(header[Scheme.Length..].Trim(), http.RequestAborted);
            }
            catch (RequestFailedException e)
            {
                LogKeyTableUnavailable(e.Message);
                return AiResults.Error(StatusCodes.Status503ServiceUnavailable, "API keys cannot be checked right now (key storage unavailable)");
            }
            if (check.Valid)
            {
                http.Items[ApiKeyItem] = check.KeyId;
                return await next(context);
            }
            refusal = check.Reason;
            keyId = check.KeyId;
        }
        LogRefused(http.Request.Path.ToString(), http.Connection.RemoteIpAddress?.ToString() ?? "(unknown)", keyId ?? "-", refusal!);
        http.Response.Headers.WWWAuthenticate = $"Bearer realm=\"{Realm}\"";
        return AiResults.Error(StatusCodes.Status401Unauthorized, refusal!);
    }

    /// <summary>HttpContext.Items key of the id of the API key a request came with.</summary>
    public const string ApiKeyItem = "livepeer.apikey";

    [LoggerMessage(EventId = 122, Level = LogLevel.Warning, Message = "AI request to {Path} from {Caller} refused (key {KeyId}): {Reason}")]
    private partial void LogRefused(string path, string caller, string keyId, string reason);

    [LoggerMessage(EventId = 123, Level = LogLevel.Error, Message = "API keys cannot be checked: {Reason}")]
    private partial void LogKeyTableUnavailable(string reason);
}
