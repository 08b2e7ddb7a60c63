using Livepeer.Media.Imaging;

namespace Livepeer.Media.Inference;

/// <summary>The option defaults, taken from <see cref="ImageLimits.Default"/> so the two cannot drift apart.</summary>
internal static class ImageLimitsDefaults
{
    public static readonly long MaxBytes = ImageLimits.Default.MaxBytes;
    public static readonly int MaxSide = ImageLimits.Default.MaxSide;
    public static readonly long MaxPixels = ImageLimits.Default.MaxPixels;

    /// <summary>An image-nchw model's input cap: 2048² in, 4096² out of a 2× model, about 200 MB of float tensors.</summary>
    public const long ImageNchwPixels = 2048L * 2048;
}
