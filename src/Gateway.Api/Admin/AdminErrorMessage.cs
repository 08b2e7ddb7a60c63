namespace Livepeer.Gateway.Api.Admin;

/// <summary>The <c>error</c> object of an <see cref="AdminErrorResponse"/>.</summary>
public sealed record AdminErrorMessage(string Message);
