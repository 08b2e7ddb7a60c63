using Livepeer.Media.Inference;

namespace Livepeer.Media.Tests.Inference;

internal static class Requests
{
    public static InferenceRequest Image(string pipeline, byte[] image, string modelId = "", string contentType = "image/png") =>
        new(pipeline, modelId, new Dictionary<string, string>(), [new MediaInput("image", contentType, image)]);
}
