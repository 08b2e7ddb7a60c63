namespace Livepeer.Media.Imaging;

/// <summary>Bilinear resampling with pixel centres at +0.5 (the OpenCV INTER_LINEAR convention the OCR models were trained with).</summary>
internal static class ImageSampler
{
    /// <summary>Resizes the rectangle (<paramref name="x"/>, <paramref name="y"/>, <paramref name="width"/>, <paramref name="height"/>) of <paramref name="source"/> to <paramref name="toWidth"/>×<paramref name="toHeight"/>.</summary>
    public static RgbImage Resize(RgbImage source, int x, int y, int width, int height, int toWidth, int toHeight)
    {
        if (x < 0 || y < 0 || width <= 0 || height <= 0 || x + width > source.Width || y + height > source.Height)
        {
            throw new ArgumentOutOfRangeException(nameof(width), $"region {x},{y} {width}x{height} is not inside {source.Width}x{source.Height}");
        }
        var result = new RgbImage(toWidth, toHeight);
        var scaleX = (double)width / toWidth;
        var scaleY = (double)height / toHeight;

        // Column taps are the same for every row: work them out once.
        var left = new int[toWidth];
        var right = new int[toWidth];
        var weight = new int[toWidth];
        for (var dx = 0; dx < toWidth; dx++)
        {
            var sx = Math.Clamp(((dx + 0.5) * scaleX) - 0.5, 0, width - 1);
            var x0 = (int)sx;
            left[dx] = (x + x0) * 3;
            right[dx] = (x + Math.Min(x0 + 1, width - 1)) * 3;
            weight[dx] = (int)((sx - x0) * 256);
        }

        var src = source.Pixels;
        var dst = result.Pixels;
        var stride = source.Stride;
        for (var dy = 0; dy < toHeight; dy++)
        {
            var sy = Math.Clamp(((dy + 0.5) * scaleY) - 0.5, 0, height - 1);
            var y0 = (int)sy;
            var top = (y + y0) * stride;
            var bottom = (y + Math.Min(y0 + 1, height - 1)) * stride;
            var wy = (int)((sy - y0) * 256);
            var o = dy * toWidth * 3;
            for (var dx = 0; dx < toWidth; dx++)
            {
                var wx = weight[dx];
                for (var c = 0; c < 3; c++, o++)
                {
                    var upper = (src[top + left[dx] + c] * (256 - wx)) + (src[top + right[dx] + c] * wx);
                    var lower = (src[bottom + left[dx] + c] * (256 - wx)) + (src[bottom + right[dx] + c] * wx);
                    dst[o] = (byte)(((upper * (256 - wy)) + (lower * wy) + 32768) >> 16);
                }
            }
        }
        return result;
    }
}
