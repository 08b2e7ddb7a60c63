namespace Livepeer.Media.Inference.Ocr;

/// <summary>A detected region and what the recogniser read in it.</summary>
internal readonly record struct RecognizedText(TextBox Box, string Text, float Confidence);
