using System.Text.Json;
using Azure;
using Livepeer.Gateway.Api.ApiKeys;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Livepeer.Gateway.Api.Admin;

/// <summary>
/// The operator's API key routes (docs/admin-api.md): create (the secret is answered once), list, revoke.
/// Guarded like every admin route; keys live in the <c>ApiKeys:Table</c> Azure table.
/// </summary>
public static class ApiKeyEndpoints
{
    public static IEndpointRouteBuilder MapApiKeyEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var keys = endpoints.MapGroup("/admin/apikeys")
            .AddEndpointFilter<AdminAccessFilter>()
            .AddEndpointFilter<AdminErrorFilter>();
        keys.MapGet("", List);
        keys.MapPost("", Create).WithMetadata(new RequestSizeLimitAttribute(AdminEndpoints.MaxBodyBytes));
        keys.MapDelete("/{id}", Revoke);
        return endpoints;
    }

    private static async Task<Results<Ok<ApiKeyListResponse>, JsonHttpResult<AdminErrorResponse>>> List(ApiKeyStore store, CancellationToken cancellationToken)
    {
        try
        {
            var keys = await store.ListAsync(cancellationToken);
            return TypedResults.Ok(new ApiKeyListResponse([.. keys.Select(ApiKeyResponse.From)]));
        }
        catch (RequestFailedException e)
        {
            return Unavailable(e);
        }
    }

    private static async Task<Results<Created<ApiKeyCreatedResponse>, JsonHttpResult<AdminErrorResponse>>> Create(
        HttpRequest request, ApiKeyStore store, ILoggerFactory loggers)
    {
        string? name;
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, default, request.HttpContext.RequestAborted);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return BadRequest("the body must be a JSON object such as {\"name\": \"my app\"}");
            }
            var unknown = root.EnumerateObject().Select(p => p.Name).Where(n => n != "name").ToList();
            if (unknown.Count > 0)
            {
                return BadRequest($"unknown properties: {string.Join(", ", unknown)} (only \"name\" is taken)");
            }
            name = root.TryGetProperty("name", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()!.Trim() : null;
        }
        catch (JsonException e)
        {
            return BadRequest($"the request body is not valid JSON: {e.Message}");
        }
        catch (BadHttpRequestException e)
        {
            return TypedResults.Json(AdminErrorResponse.Of($"the request body could not be read: {e.Message}"), statusCode: e.StatusCode);
        }
        if (string.IsNullOrEmpty(name))
        {
            return BadRequest("name is required: a label for the key's holder, e.g. {\"name\": \"my app\"}");
        }
        if (name.Length > ApiKeyStore.MaxNameLength || name.Any(char.IsControl))
        {
            return BadRequest($"name must be at most {ApiKeyStore.MaxNameLength} characters without control characters");
        }
        try
        {
            var (key, token) = await store.CreateAsync(name, request.HttpContext.RequestAborted);
            AdminLog.ApiKeyChanged(loggers.CreateLogger(typeof(ApiKeyEndpoints)), "created", key.Id, key.Name, Caller(request));
            return TypedResults.Created($"/admin/apikeys/{key.Id}", new ApiKeyCreatedResponse(key.Id, key.Name, key.CreatedAt, token));
        }
        catch (RequestFailedException e)
        {
            return Unavailable(e);
        }
    }

    private static async Task<Results<Ok<ApiKeyResponse>, JsonHttpResult<AdminErrorResponse>>> Revoke(
        string id, HttpRequest request, ApiKeyStore store, ILoggerFactory loggers)
    {
        if (!ApiKeyToken.IsId(id))
        {
            return BadRequest($"'{id}' is not an API key id ({ApiKeyToken.IdLength} lower-case hex digits, as GET /admin/apikeys lists them)");
        }
        try
        {
            var key = await store.RevokeAsync(id, request.HttpContext.RequestAborted);
            if (key is null)
            {
                return TypedResults.Json(AdminErrorResponse.Of($"no API key {id} (GET /admin/apikeys lists them)"), statusCode: StatusCodes.Status404NotFound);
            }
            AdminLog.ApiKeyChanged(loggers.CreateLogger(typeof(ApiKeyEndpoints)), "revoked", key.Id, key.Name, Caller(request));
            return TypedResults.Ok(ApiKeyResponse.From(key));
        }
        catch (RequestFailedException e)
        {
            return Unavailable(e);
        }
    }

    private static string Caller(HttpRequest request) => request.HttpContext.Connection.RemoteIpAddress?.ToString() ?? "(unknown)";

    private static JsonHttpResult<AdminErrorResponse> BadRequest(string message) =>
        TypedResults.Json(AdminErrorResponse.Of(message), statusCode: StatusCodes.Status400BadRequest);

    private static JsonHttpResult<AdminErrorResponse> Unavailable(RequestFailedException e) =>
        TypedResults.Json(AdminErrorResponse.Of($"the API key table cannot be reached: {e.Message}"), statusCode: StatusCodes.Status503ServiceUnavailable);
}
