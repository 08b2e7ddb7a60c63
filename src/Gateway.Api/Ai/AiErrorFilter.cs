namespace Livepeer.Gateway.Api.Ai;

/// <summary>Anything an AI route did not expect becomes a logged 500 in the AI error shape, never a bare crash.</summary>
public sealed class AiErrorFilter(ILogger<AiErrorFilter> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            return await next(context);
        }
        catch (Exception e) when (e is not OperationCanceledException || !context.HttpContext.RequestAborted.IsCancellationRequested)
        {
            var request = context.HttpContext.Request;
            GatewayAiLog.RequestFailed(logger, e, request.Method, request.Path.ToString());
            return AiResults.Error(StatusCodes.Status500InternalServerError, $"internal error: {e.GetType().Name}: {e.Message}");
        }
    }
}
