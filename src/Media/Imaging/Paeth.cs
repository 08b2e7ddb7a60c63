namespace Livepeer.Media.Imaging;

/// <summary>The PNG Paeth predictor (spec §9.4), shared by the decoder and the encoder.</summary>
internal static class Paeth
{
    public static byte Predict(byte left, byte up, byte upLeft)
    {
        var p = left + up - upLeft;
        var pa = Math.Abs(p - left);
        var pb = Math.Abs(p - up);
        var pc = Math.Abs(p - upLeft);
        return pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
    }
}
