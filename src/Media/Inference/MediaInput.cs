namespace Livepeer.Media.Inference;

/// <summary>One uploaded file of an AI request.</summary>
public sealed record MediaInput(string Name, string ContentType, ReadOnlyMemory<byte> Data);
