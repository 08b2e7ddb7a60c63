namespace Livepeer.Media.Inference;

/// <summary>A served model.</summary>
/// <param name="Pipeline">the route name, e.g. <c>image-to-text</c>, <c>upscale</c></param>
/// <param name="ModelId">the model id clients ask for; the pipeline's default when they send ""</param>
/// <param name="Warm">loaded and ready</param>
/// <param name="Capacity">concurrent requests this worker takes for it</param>
public sealed record ModelInfo(string Pipeline, string ModelId, bool Warm, int Capacity, bool IsDefault);
