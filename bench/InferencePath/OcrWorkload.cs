using Livepeer.Media.Inference;

namespace Livepeer.InferencePath;

/// <summary>Sends the same image-to-text request to an engine from <c>concurrency</c> loops and times each request end to end.</summary>
internal static class OcrWorkload
{
    public static Task<LatencySummary> RunAsync(IInferenceEngine engine, InferenceRequest request, string expectedText, int requests, int concurrency) =>
        ClosedLoop.RunAsync(
            async i =>
            {
                var result = await engine.RunAsync(request);
                if (result.Text != expectedText)
                {
                    throw new InvalidOperationException($"request {i} read \"{result.Text}\", expected \"{expectedText}\"");
                }
            },
            requests,
            concurrency);
}
