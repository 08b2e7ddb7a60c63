using System.Net;
using System.Security.Cryptography;
using System.Text;
using Livepeer.Gateway.Api.Options;
using Microsoft.Extensions.Options;

namespace Livepeer.Gateway.Api.Admin;

/// <summary>
/// Guards the admin routes: with <c>Admin:Token</c> set, a matching <c>Authorization: Bearer</c> header is
/// required (401 otherwise); without it, only loopback callers get in (403 otherwise), so a fresh node
/// exposes nothing by accident.
/// </summary>
public sealed class AdminAccessFilter(IOptions<AdminOptions> options, ILogger<AdminAccessFilter> logger) : IEndpointFilter
{
    public const string Realm = "livepeer-admin";

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        return Check(http) is { } denied ? ValueTask.FromResult<object?>(denied) : next(context);
    }

    /// <summary>Null when the caller may go on; otherwise the response that turns it away.</summary>
    public IResult? Check(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var token = options.Value.Token;
        var caller = http.Connection.RemoteIpAddress?.ToString() ?? "(unknown)";
        if (!string.IsNullOrEmpty(token))
        {
            string header = http.Request.Headers.Authorization.ToString();
            if (header.Length == 0)
            {
                return Unauthorized(http, caller, "admin routes need an 'Authorization: Bearer <token>' header (Admin:Token is set on this gateway)");
            }
            const string Scheme = "Bearer ";
            if (!header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
            {
                return Unauthorized(http, caller, "the Authorization header must use the Bearer scheme: 'Authorization: Bearer <token>'");
            }
            if (!FixedTimeEquals(header[Scheme.Length..].Trim(), token))
            {
                return Unauthorized(http, caller, "the bearer token does not match this gateway's Admin:Token");
            }
            return null;
        }
        if (http.Connection.RemoteIpAddress is not { } remote || !IsLoopback(remote))
        {
            const string Message = "admin routes accept only loopback callers while Admin:Token is unset; set Admin:Token and send 'Authorization: Bearer <token>' to call them from elsewhere";
            AdminLog.AccessDenied(logger, http.Request.Method, http.Request.Path.ToString(), caller, Message);
            return TypedResults.Json(AdminErrorResponse.Of(Message), statusCode: StatusCodes.Status403Forbidden);
        }
        return null;
    }

    private IResult Unauthorized(HttpContext http, string caller, string message)
    {
        AdminLog.AccessDenied(logger, http.Request.Method, http.Request.Path.ToString(), caller, message);
        http.Response.Headers.WWWAuthenticate = $"Bearer realm=\"{Realm}\"";
        return TypedResults.Json(AdminErrorResponse.Of(message), statusCode: StatusCodes.Status401Unauthorized);
    }

    private static bool IsLoopback(IPAddress address) =>
        IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);

    // Compares hashes so neither the length nor the content of the token leaks through timing.
    private static bool FixedTimeEquals(string given, string expected) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}
