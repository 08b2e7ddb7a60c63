namespace Livepeer.Media.Imaging;

/// <summary>An 8-bit RGB image, rows top to bottom, three bytes per pixel with no row padding.</summary>
public sealed class RgbImage
{
    public RgbImage(int width, int height)
        : this(width, height, new byte[checked(width * height * 3)])
    {
    }

    public RgbImage(int width, int height, byte[] pixels)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        ArgumentNullException.ThrowIfNull(pixels);
        if (pixels.Length != (long)width * height * 3)
        {
            throw new ArgumentException($"an RGB image of {width}x{height} needs {(long)width * height * 3} bytes, not {pixels.Length}", nameof(pixels));
        }
        Width = width;
        Height = height;
        Pixels = pixels;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>R, G, B of each pixel, row-major.</summary>
    public byte[] Pixels { get; }

    public int Stride => Width * 3;
}
