namespace Livepeer.Grains.Abstractions.Sessions;

/// <summary>One output file of a job.</summary>
/// <param name="Name">the artifact's name within the job (a rendition name, "image-0")</param>
/// <param name="ContentType">its media type, e.g. <c>video/mp2t</c> or <c>image/png</c></param>
[GenerateSerializer, Immutable, Alias("livepeer.WorkArtifact")]
public sealed record WorkArtifact(
    [property: Id(0)] string Name,
    [property: Id(1)] string ContentType,
    [property: Id(2)] byte[] Data);
