using Livepeer.Gateway.Api.Cluster;

namespace Livepeer.Gateway.Api.Admin;

/// <summary>
/// Turns failed grain calls into admin error bodies: 503 while the cluster cannot be reached or does not
/// answer, 500 (logged) for anything else, so a caller always gets JSON that says what went wrong.
/// </summary>
public sealed class AdminErrorFilter(ILogger<AdminErrorFilter> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var request = context.HttpContext.Request;
        try
        {
            return await next(context);
        }
        catch (Exception e) when (e is OrleansException or TimeoutException)
        {
            var message = ClusterFailure.Describe(e);
            AdminLog.ClusterCallFailed(logger, request.Method, request.Path.ToString(), message);
            return TypedResults.Json(AdminErrorResponse.Of(message), statusCode: StatusCodes.Status503ServiceUnavailable);
        }
        catch (Exception e) when (e is not OperationCanceledException || !context.HttpContext.RequestAborted.IsCancellationRequested)
        {
            AdminLog.RequestFailed(logger, e, request.Method, request.Path.ToString());
            return TypedResults.Json(AdminErrorResponse.Of($"internal error: {e.GetType().Name}: {e.Message}"), statusCode: StatusCodes.Status500InternalServerError);
        }
    }
}
