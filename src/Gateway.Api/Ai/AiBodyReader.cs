using System.Globalization;
using System.Text.Json;
using Livepeer.Protocol.Ai;
using Microsoft.AspNetCore.Http.Features;

namespace Livepeer.Gateway.Api.Ai;

/// <summary>
/// Reads an AI request body in the form its route takes (JSON or multipart), within the size limit (413
/// beyond it, before more is read when Content-Length says so), and parses it against the schema.
/// </summary>
public static class AiBodyReader
{
    public static async Task<AiBodyRead> ReadAsync(AiPipeline pipeline, HttpRequest request, long maxJsonBytes, long maxUploadBytes)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(request);
        long limit = pipeline.Body == AiBodyKind.Json ? maxJsonBytes : maxUploadBytes;
        var sizeFeature = request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature ? feature : null;
        if (request.ContentLength is { } length && length > limit)
        {
            await DrainAsync(request, sizeFeature, length);
            return Failed(TooLarge(limit));
        }
        sizeFeature?.MaxRequestBodySize = limit;
        try
        {
            return pipeline.Body == AiBodyKind.Json
                ? await ReadJsonAsync(pipeline, request)
                : await ReadFormAsync(pipeline, request, limit);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Failed(TooLarge(limit));
        }
        catch (InvalidDataException e) when (e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase))
        {
            // The multipart reader's own length limits.
            return Failed(TooLarge(limit));
        }
        catch (Exception e) when (e is BadHttpRequestException or InvalidDataException or IOException)
        {
            return Failed(AiResults.Error(StatusCodes.Status400BadRequest, $"the request body could not be read: {e.Message}"));
        }
    }

    private static async Task<AiBodyRead> ReadJsonAsync(AiPipeline pipeline, HttpRequest request)
    {
        if (!request.HasJsonContentType())
        {
            return Failed(AiResults.Error(StatusCodes.Status415UnsupportedMediaType,
                $"{pipeline.Route} takes a JSON body: send it with 'Content-Type: application/json' (got '{request.ContentType ?? "none"}')"));
        }
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, default, request.HttpContext.RequestAborted);
            return new AiBodyRead(AiRequestParser.ParseJson(pipeline, document.RootElement), null);
        }
        catch (JsonException e)
        {
            object[] location = e.BytePositionInLine is { } position ? ["body", (int)position] : ["body"];
            return Failed(AiResults.Invalid([new AiValidationProblem(location, $"JSON decode error: {e.Message}", "value_error.jsondecode")]));
        }
    }

    private static async Task<AiBodyRead> ReadFormAsync(AiPipeline pipeline, HttpRequest request, long limit)
    {
        if (!request.HasFormContentType || !(request.ContentType ?? "").StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            return Failed(AiResults.Error(StatusCodes.Status415UnsupportedMediaType,
                $"{pipeline.Route} takes a multipart/form-data body with the {pipeline.MediaField!.Name} file (got '{request.ContentType ?? "none"}')"));
        }
        request.HttpContext.Features.Set<IFormFeature>(new FormFeature(request, new FormOptions
        {
            MultipartBodyLengthLimit = limit,
            // The prompt may be long; the body limit bounds it anyway.
            ValueLengthLimit = (int)Math.Min(limit, int.MaxValue),
        }));
        var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, values) in form)
        {
            fields.TryAdd(name, values.FirstOrDefault() ?? "");
        }
        var files = new List<AiMediaFile>();
        foreach (var file in form.Files)
        {
            using var stream = file.OpenReadStream();
            using var buffer = new MemoryStream(checked((int)Math.Min(file.Length, limit)));
            await stream.CopyToAsync(buffer, request.HttpContext.RequestAborted);
            files.Add(new AiMediaFile(file.Name, file.FileName, file.ContentType ?? "application/octet-stream", buffer.ToArray()));
        }
        return new AiBodyRead(AiRequestParser.ParseForm(pipeline, fields, files), null);
    }

    /// <summary>
    /// Reads and drops an oversized body (up to <see cref="MaxDrainBytes"/>) before the 413 is sent: a client
    /// still writing when the server closes sees a broken pipe instead of the answer.
    /// </summary>
    private static async Task DrainAsync(HttpRequest request, IHttpMaxRequestBodySizeFeature? sizeFeature, long length)
    {
        if (length > MaxDrainBytes || sizeFeature is null)
        {
            return;
        }
        sizeFeature.MaxRequestBodySize = length;
        var buffer = new byte[81920];
        try
        {
            while (await request.Body.ReadAsync(buffer, request.HttpContext.RequestAborted) > 0)
            {
            }
        }
        catch (Exception e) when (e is IOException or BadHttpRequestException)
        {
            // The client went away or sent less than it announced: the 413 is all it gets either way.
            request.HttpContext.Items[DrainFailedItem] = e.Message;
        }
    }

    /// <summary>Largest oversized body that is read and dropped so the client can read the 413.</summary>
    public const long MaxDrainBytes = 256L << 20;

    private const string DrainFailedItem = "livepeer.ai.drain-failed";

    private static IResult TooLarge(long limit) =>
        AiResults.Error(StatusCodes.Status413PayloadTooLarge,
            string.Create(CultureInfo.InvariantCulture, $"the request body is larger than this gateway takes ({limit} bytes, {limit / (1024.0 * 1024.0):0.#} MiB)"));

    private static AiBodyRead Failed(IResult error) => new(null, error);
}
