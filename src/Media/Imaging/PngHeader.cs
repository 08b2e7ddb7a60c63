namespace Livepeer.Media.Imaging;

/// <summary>The IHDR fields of a PNG that decide how its scanlines are laid out.</summary>
internal readonly record struct PngHeader(int Width, int Height, int BitDepth, int ColorType, bool Interlaced)
{
    public const int Gray = 0;
    public const int Rgb = 2;
    public const int Palette = 3;
    public const int GrayAlpha = 4;
    public const int Rgba = 6;

    public int Channels => ColorType switch
    {
        Gray or Palette => 1,
        GrayAlpha => 2,
        Rgb => 3,
        _ => 4,
    };

    public int BitsPerPixel => Channels * BitDepth;

    /// <summary>The filter's "corresponding byte to the left" distance: whole pixels, at least one byte.</summary>
    public int FilterStride => Math.Max(1, BitsPerPixel / 8);

    public long RowBytes(int pixels) => ((long)pixels * BitsPerPixel + 7) / 8;

    /// <summary>The allowed bit depths per colour type (PNG spec table 11.1); the message says what is wrong, or null.</summary>
    public string? Problem()
    {
        var allowed = ColorType switch
        {
            Gray => new[] { 1, 2, 4, 8, 16 },
            Rgb or GrayAlpha or Rgba => [8, 16],
            Palette => [1, 2, 4, 8],
            _ => null,
        };
        if (allowed is null)
        {
            return $"colour type {ColorType} does not exist (0, 2, 3, 4 or 6)";
        }
        return allowed.Contains(BitDepth) ? null : $"bit depth {BitDepth} is not allowed with colour type {ColorType} (allowed: {string.Join(", ", allowed)})";
    }
}
