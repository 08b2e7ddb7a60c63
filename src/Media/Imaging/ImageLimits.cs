namespace Livepeer.Media.Imaging;

/// <summary>What an uploaded image may be, checked from its header before any pixel memory is allocated.</summary>
/// <param name="MaxBytes">the encoded file size</param>
/// <param name="MaxSide">width and height each</param>
/// <param name="MaxPixels">width × height</param>
public readonly record struct ImageLimits(long MaxBytes, int MaxSide, long MaxPixels)
{
    /// <summary>32 MiB, 8192 px a side, 8192² / 2 pixels (an 8-bit RGB decode of about 100 MB).</summary>
    public static ImageLimits Default { get; } = new(32L * 1024 * 1024, 8192, 8192L * 8192 / 2);

    /// <summary>Throws <see cref="MediaInputException"/> when the size is empty or over a limit.</summary>
    public void CheckDimensions(string format, long width, long height)
    {
        if (width <= 0 || height <= 0)
        {
            throw new MediaInputException($"the {format} image has no pixels ({width}x{height})");
        }
        if (width > MaxSide || height > MaxSide)
        {
            throw new MediaInputException($"the {format} image is {width}x{height}; each side may be at most {MaxSide} pixels");
        }
        if (width * height > MaxPixels)
        {
            throw new MediaInputException($"the {format} image is {width}x{height} = {width * height} pixels; at most {MaxPixels} are accepted");
        }
    }

    public void CheckSize(long bytes)
    {
        if (bytes > MaxBytes)
        {
            throw new MediaInputException($"the image file is {bytes} bytes; at most {MaxBytes} are accepted");
        }
    }
}
