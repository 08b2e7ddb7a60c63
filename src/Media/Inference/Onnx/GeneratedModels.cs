namespace Livepeer.Media.Inference.Onnx;

/// <summary>
/// ONNX graphs the project writes itself, so the upscale path runs a real ONNX Runtime session without a downloaded
/// model. Each takes and returns NCHW float RGB in [0, 1] (model kind <c>image-nchw</c>).
/// </summary>
public static class GeneratedModels
{
    /// <summary>2× bicubic Resize (opset 13) then Clip to [0, 1]: input <c>image</c> [1, 3, H, W], output <c>upscaled</c> [1, 3, 2H, 2W].</summary>
    public const string Resize2x = "resize-2x";

    public static IReadOnlyList<string> Names { get; } = [Resize2x];

    /// <exception cref="ArgumentException">no generated model has that name</exception>
    public static byte[] Build(string name) => name switch
    {
        Resize2x => BuildResize2x(),
        _ => throw new ArgumentException($"no generated model is called \"{name}\" (known: {string.Join(", ", Names)})", nameof(name)),
    };

    /// <summary>Writes the model to a file, for operators who want it on disk beside their other models.</summary>
    public static void Write(string name, string path) => File.WriteAllBytes(path, Build(name));

    private static byte[] BuildResize2x() => OnnxModelWriter.Model(13, graph =>
    {
        OnnxModelWriter.Node(
            graph,
            "Resize",
            "resize",
            ["image", "", "scales"],
            ["resized"],
            OnnxModelWriter.Attribute("mode", "cubic"),
            OnnxModelWriter.Attribute("coordinate_transformation_mode", "half_pixel"),
            OnnxModelWriter.Attribute("cubic_coeff_a", -0.75f));
        // Bicubic overshoots near edges; the clip keeps the output a valid image.
        OnnxModelWriter.Node(graph, "Clip", "clip", ["resized", "low", "high"], ["upscaled"]);
        graph.String(2, Resize2x);
        OnnxModelWriter.Initializer(graph, "scales", [4], [1f, 1f, 2f, 2f]);
        OnnxModelWriter.Initializer(graph, "low", [], [0f]);
        OnnxModelWriter.Initializer(graph, "high", [], [1f]);
        OnnxModelWriter.FloatValue(graph, 11, "image", 1, 3, "height", "width");
        OnnxModelWriter.FloatValue(graph, 12, "upscaled", 1, 3, "upscaled_height", "upscaled_width");
    });
}
