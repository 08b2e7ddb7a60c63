namespace Livepeer.Gateway.Api.Admin;

/// <summary>Body of every admin error: <c>{"error":{"message":…},"errors":[…]}</c>; <see cref="Errors"/> lists each problem (at least one).</summary>
public sealed record AdminErrorResponse(AdminErrorMessage Error, IReadOnlyList<string> Errors)
{
    public static AdminErrorResponse Of(string message) => new(new AdminErrorMessage(message), [message]);

    public static AdminErrorResponse Of(string message, IReadOnlyList<string> errors) => new(new AdminErrorMessage(message), errors);
}
