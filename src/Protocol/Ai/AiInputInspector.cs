using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Livepeer.Protocol.Ai;

/// <summary>
/// Reads what the uploaded file of a request is (image or audio, by content, not by the declared type,
/// which the SDK always sends as application/octet-stream) and checks it against the limits. A file that is
/// not what the route takes is bad input (HTTP 400), not a schema violation.
/// </summary>
public static class AiInputInspector
{
    public static bool TryInspect(AiRequest request, AiInputLimits limits, [NotNullWhen(true)] out AiInput? input, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(limits);
        input = null;
        if (request.Pipeline.MediaField is not { } field)
        {
            input = AiInput.None;
            error = null;
            return true;
        }
        if (request.Media is not { } media)
        {
            error = $"{field.Name} is missing";
            return false;
        }
        if (field.Name == "audio")
        {
            if (!AudioInfo.TryRead(media.Data, out var audio, out var audioError))
            {
                error = $"{field.Name} '{media.FileName}': {audioError}";
                return false;
            }
            if (audio.DurationSeconds > limits.MaxAudioSeconds)
            {
                error = Invariant($"{field.Name} '{media.FileName}' is {audio.DurationSeconds:0.###} s long; this gateway takes at most {limits.MaxAudioSeconds} s");
                return false;
            }
            input = new AiInput(null, audio);
            error = null;
            return true;
        }
        if (!ImageInfo.TryRead(media.Data, out var image, out var imageError))
        {
            error = $"{field.Name} '{media.FileName}': {imageError}";
            return false;
        }
        if (image.Pixels > limits.MaxImagePixels)
        {
            error = Invariant($"{field.Name} '{media.FileName}' is {image.Width}x{image.Height} ({image.Pixels} pixels); this gateway takes at most {limits.MaxImagePixels} pixels");
            return false;
        }
        input = new AiInput(image, null);
        error = null;
        return true;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
