namespace Livepeer.Protocol.Ai;

/// <summary>An uploaded file of a multipart AI request.</summary>
/// <param name="Field">the form field it came in (<c>image</c>, <c>audio</c>)</param>
/// <param name="ContentType">as the client sent it (the SDK sends <c>application/octet-stream</c>); the content decides</param>
public sealed record AiMediaFile(string Field, string FileName, string ContentType, byte[] Data);
