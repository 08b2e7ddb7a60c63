namespace Livepeer.Gateway.Api.Ai;

/// <summary>text-to-speech: <c>{"audio":{"url":…}}</c>.</summary>
public sealed record AudioResponse(MediaUrl Audio);
