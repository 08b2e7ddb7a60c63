namespace Livepeer.Media.Inference.Ocr;

/// <summary>An axis-aligned text region: [X0, X1) × [Y0, Y1) in pixels, with the detector's mean probability over it.</summary>
internal readonly record struct TextBox(float X0, float Y0, float X1, float Y1, float Score)
{
    public float Width => X1 - X0;

    public float Height => Y1 - Y0;

    public float CenterY => (Y0 + Y1) / 2;

    public TextBox Scale(float sx, float sy, int maxWidth, int maxHeight) => new(
        Math.Clamp(X0 * sx, 0, maxWidth),
        Math.Clamp(Y0 * sy, 0, maxHeight),
        Math.Clamp(X1 * sx, 0, maxWidth),
        Math.Clamp(Y1 * sy, 0, maxHeight),
        Score);
}
