using Livepeer.Media.Imaging;

namespace Livepeer.Media.Inference;

/// <summary>Finds and decodes a request's image field.</summary>
internal static class RequestImages
{
    public const string ImageField = "image";

    public static RgbImage Decode(InferenceRequest request, ImageLimits limits)
    {
        var input = request.Inputs.FirstOrDefault(i => string.Equals(i.Name, ImageField, StringComparison.OrdinalIgnoreCase))
            ?? throw new MediaInputException($"{request.Pipeline} needs an '{ImageField}' file" + (request.Inputs.Count == 0
                ? "; the request has no files"
                : $"; the request has {string.Join(", ", request.Inputs.Select(i => $"'{i.Name}'"))}"));
        try
        {
            return ImageDecoder.Decode(input.Data.Span, limits);
        }
        catch (MediaInputException e)
        {
            throw new MediaInputException($"'{ImageField}': {e.Message}", e);
        }
    }
}
