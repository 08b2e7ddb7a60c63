using System.Text.Json;
using Livepeer.Gateway.Api.Cluster;
using Livepeer.Grains.Abstractions.Directory;
using Livepeer.Grains.Abstractions.Orchestrators;
using Livepeer.Grains.Abstractions.Redemption;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Pricing;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Livepeer.Gateway.Api.Admin;

/// <summary>
/// The operator's routes (docs/admin-api.md): the orchestrators this cluster runs, their price books and their
/// winning tickets' redemptions.
/// Every route is guarded by <see cref="AdminAccessFilter"/> and answers errors as <see cref="AdminErrorResponse"/>.
/// </summary>
public static class AdminEndpoints
{
    /// <summary>Price books are small; anything bigger than this is not one.</summary>
    public const long MaxBodyBytes = 1 << 20;

    public static IEndpointRouteBuilder MapAdminEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var admin = endpoints.MapGroup("/admin")
            .AddEndpointFilter<AdminAccessFilter>()
            .AddEndpointFilter<AdminErrorFilter>();
        admin.MapGet("/orchestrators", ListOrchestrators);
        admin.MapGet("/orchestrators/{address}/prices", GetPrices);
        admin.MapPut("/orchestrators/{address}/prices", SetPrices).WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes));
        admin.MapGet("/orchestrators/{address}/redemptions", GetRedemptions);
        return endpoints;
    }

    private static async Task<Results<Ok<RedemptionQueueResponse>, JsonHttpResult<AdminErrorResponse>>> GetRedemptions(
        string address, IClusterClient cluster, ClusterConnection connection)
    {
        var (orchestrator, refusal) = await FindOurOrchestratorAsync(address, cluster, connection);
        if (refusal is not null)
        {
            return refusal;
        }
        var snapshot = await cluster.GetGrain<IRedemptionQueueGrain>(orchestrator.ToLowerHex()).GetSnapshot();
        return TypedResults.Ok(RedemptionQueueJson.Write(orchestrator, snapshot));
    }

    private static async Task<Results<Ok<OrchestratorListResponse>, JsonHttpResult<AdminErrorResponse>>> ListOrchestrators(
        IClusterClient cluster, ClusterConnection connection)
    {
        if (NotConnected(connection) is { } unavailable)
        {
            return unavailable;
        }
        var ours = await OurOrchestratorsAsync(cluster);
        var summaries = await Task.WhenAll(ours.Select(async entry =>
        {
            var address = entry.Listing.Orchestrator;
            var prices = await cluster.GetGrain<IOrchestratorGrain>(address.ToLowerHex()).GetPrices();
            return new OrchestratorSummary(address.ToString(), entry.Listing.ServiceUri, !entry.IsSuspended, PriceBookJson.Summarize(prices));
        }));
        return TypedResults.Ok(new OrchestratorListResponse(summaries));
    }

    private static async Task<Results<Ok<PriceBookResponse>, JsonHttpResult<AdminErrorResponse>>> GetPrices(
        string address, IClusterClient cluster, ClusterConnection connection)
    {
        var (orchestrator, refusal) = await FindOurOrchestratorAsync(address, cluster, connection);
        if (refusal is not null)
        {
            return refusal;
        }
        var prices = await cluster.GetGrain<IOrchestratorGrain>(orchestrator.ToLowerHex()).GetPrices();
        return TypedResults.Ok(PriceBookJson.Write(orchestrator, prices));
    }

    private static async Task<Results<Ok<PriceBookResponse>, JsonHttpResult<AdminErrorResponse>>> SetPrices(
        string address, HttpRequest request, IClusterClient cluster, ClusterConnection connection, ILoggerFactory loggers)
    {
        var (orchestrator, refusal) = await FindOurOrchestratorAsync(address, cluster, connection);
        if (refusal is not null)
        {
            return refusal;
        }
        var logger = loggers.CreateLogger(typeof(AdminEndpoints));
        var caller = request.HttpContext.Connection.RemoteIpAddress?.ToString() ?? "(unknown)";
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(request.Body, default, request.HttpContext.RequestAborted);
        }
        catch (JsonException e)
        {
            return BadRequest(orchestrator, caller, logger, null, [$"the request body is not valid JSON: {e.Message}"]);
        }
        catch (BadHttpRequestException e)
        {
            var message = $"the request body could not be read: {e.Message}";
            return TypedResults.Json(AdminErrorResponse.Of(message), statusCode: e.StatusCode);
        }
        using (document)
        {
            var book = PriceBookJson.Read(document.RootElement, orchestrator, out var errors);
            if (book is null)
            {
                return BadRequest(orchestrator, caller, logger, "invalid price book", errors);
            }
            var grain = cluster.GetGrain<IOrchestratorGrain>(orchestrator.ToLowerHex());
            var previous = await grain.GetPrices();
            var refused = await grain.SetPrices(book);
            if (refused.Count > 0)
            {
                return BadRequest(orchestrator, caller, logger, "invalid price book", refused);
            }
            var summary = PriceBookJson.Summarize(book);
            AdminLog.PricesSet(logger, orchestrator.ToString(), caller, summary.BasePricePerPixel, book.AutoAdjust, summary.CapabilityPrices, summary.SenderPrices,
                PriceText.Format(previous.BasePricePerPixel), previous.Entries.Count);
            return TypedResults.Ok(PriceBookJson.Write(orchestrator, await grain.GetPrices()));
        }
    }

    // The orchestrators run by this cluster: registered by their grains in the transcoding directory, which every orchestrator joins.
    private static async Task<IReadOnlyList<DirectoryEntry>> OurOrchestratorsAsync(IClusterClient cluster)
    {
        var snapshot = await cluster.GetGrain<IOrchestratorDirectoryGrain>(IOrchestratorDirectoryGrain.DefaultKey).GetSnapshot();
        return [.. snapshot.Entries.Where(e => e.Listing.InCluster).OrderBy(e => e.Listing.Orchestrator)];
    }

    // Asking the grain itself would activate (and store) a new orchestrator for any address; the directory knows which ones exist.
    // Routes naming one orchestrator refuse, in this order: a bad address, no cluster, an orchestrator this node does not run.
    private static async Task<(EthAddress Orchestrator, JsonHttpResult<AdminErrorResponse>? Refusal)> FindOurOrchestratorAsync(
        string address, IClusterClient cluster, ClusterConnection connection)
    {
        if (ParseAddress(address) is not { } orchestrator)
        {
            return (default, InvalidAddress(address));
        }
        if (NotConnected(connection) is { } unavailable)
        {
            return (orchestrator, unavailable);
        }
        return await RunsHereAsync(cluster, orchestrator) ? (orchestrator, null) : (orchestrator, UnknownOrchestrator(orchestrator));
    }

    private static async Task<bool> RunsHereAsync(IClusterClient cluster, EthAddress orchestrator) =>
        (await OurOrchestratorsAsync(cluster)).Any(e => e.Listing.Orchestrator == orchestrator);

    private static EthAddress? ParseAddress(string text) => EthAddress.TryParse(text, out var address, out _) ? address : null;

    private static JsonHttpResult<AdminErrorResponse> InvalidAddress(string text)
    {
        EthAddress.TryParse(text, out _, out var error);
        return TypedResults.Json(AdminErrorResponse.Of($"invalid orchestrator address: {error}"), statusCode: StatusCodes.Status400BadRequest);
    }

    private static JsonHttpResult<AdminErrorResponse> UnknownOrchestrator(EthAddress orchestrator) =>
        TypedResults.Json(
            AdminErrorResponse.Of($"orchestrator {orchestrator} does not run in this cluster (GET /admin/orchestrators lists those that do)"),
            statusCode: StatusCodes.Status404NotFound);

    private static JsonHttpResult<AdminErrorResponse>? NotConnected(ClusterConnection connection) =>
        connection.IsConnected
            ? null
            : TypedResults.Json(AdminErrorResponse.Of(connection.DescribeNotConnected()), statusCode: StatusCodes.Status503ServiceUnavailable);

    /// <param name="summary">what is wrong as a whole, put before the problems in the message; null when the one problem says it all</param>
    private static JsonHttpResult<AdminErrorResponse> BadRequest(EthAddress orchestrator, string caller, ILogger logger, string? summary, IReadOnlyList<string> errors)
    {
        AdminLog.PricesRefused(logger, orchestrator.ToString(), caller, string.Join("; ", errors));
        var message = summary is null ? string.Join("; ", errors)
            : errors.Count == 1 ? $"{summary}: {errors[0]}"
            : $"{summary}: {errors.Count} problems: {string.Join("; ", errors)}";
        return TypedResults.Json(AdminErrorResponse.Of(message, errors), statusCode: StatusCodes.Status400BadRequest);
    }
}
