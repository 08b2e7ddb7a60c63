using Microsoft.ML.OnnxRuntime;

namespace Livepeer.Media.Inference;

/// <summary>A loaded model with its pre/post-processing. Run is called from many threads at once (ONNX Runtime sessions allow it).</summary>
internal interface IServedModel : IDisposable
{
    /// <exception cref="MediaInputException">the request's media is unusable</exception>
    InferenceResult Run(InferenceRequest request, RunOptions runOptions);
}
