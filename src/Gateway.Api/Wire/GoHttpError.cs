namespace Livepeer.Gateway.Api.Wire;

/// <summary>
/// Errors as go-livepeer's orchestrator writes them (net/http's http.Error): the status, a plain-text body of
/// the message and a newline, and nosniff. Gateways read the text.
/// </summary>
public static class GoHttpError
{
    public static async Task WriteAsync(HttpContext context, int status, string message)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(message);
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain; charset=utf-8";
        context.Response.Headers["X-Content-Type-Options"] = "nosniff";
        await context.Response.WriteAsync(message + "\n");
    }
}
