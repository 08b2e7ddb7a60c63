namespace Livepeer.Gateway.Api.Health;

public static class HealthEndpoints
{
    /// <summary><c>/healthz</c>: the process is alive. <c>/readyz</c>: it can serve, i.e. the cluster answers.</summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", () => TypedResults.Ok(new HealthResponse("ok")));
        endpoints.MapGet("/readyz", async (ClusterReadinessProbe probe, CancellationToken cancellationToken) =>
        {
            var readiness = await probe.CheckAsync(cancellationToken);
            return TypedResults.Json(readiness, statusCode: readiness.IsReady ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });
        return endpoints;
    }
}
