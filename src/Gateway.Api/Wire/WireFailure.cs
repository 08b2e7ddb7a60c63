namespace Livepeer.Gateway.Api.Wire;

/// <summary>Why a wire request is refused: the HTTP status and go-livepeer's text.</summary>
public sealed record WireFailure(int Status, string Message)
{
    public Task WriteAsync(HttpContext context) => GoHttpError.WriteAsync(context, Status, Message);
}
