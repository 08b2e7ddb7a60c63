using System.Net;
using Livepeer.Gateway.Api.Admin;

namespace Livepeer.Gateway.Api.Observability;

public static class OperatorOnlyMiddleware
{
    /// <summary>
    /// Requests under <paramref name="prefixes"/> pass from loopback; from elsewhere they need what the admin
    /// routes need (<see cref="AdminAccessFilter"/>: the bearer token, or nothing gets in while none is set).
    /// Loopback always passes so a browser through an SSH tunnel can open the dashboard, which cannot send a header.
    /// </summary>
    public static IApplicationBuilder UseOperatorOnly(this IApplicationBuilder app, params string[] prefixes)
    {
        ArgumentNullException.ThrowIfNull(app);
        var paths = prefixes.Select(p => new PathString(p)).ToArray();
        return app.Use(async (context, next) =>
        {
            if (paths.Any(p => context.Request.Path.StartsWithSegments(p)) && !IsLoopback(context.Connection.RemoteIpAddress))
            {
                var access = ActivatorUtilities.GetServiceOrCreateInstance<AdminAccessFilter>(context.RequestServices);
                if (access.Check(context) is { } denied)
                {
                    await denied.ExecuteAsync(context);
                    return;
                }
            }
            await next(context);
        });
    }

    private static bool IsLoopback(IPAddress? address) =>
        address is not null && IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);
}
