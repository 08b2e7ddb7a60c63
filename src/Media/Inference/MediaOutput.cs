namespace Livepeer.Media.Inference;

/// <summary>One produced file (image, video, audio); dimensions when it is an image or video.</summary>
public sealed record MediaOutput(string ContentType, byte[] Data, int Width, int Height);
