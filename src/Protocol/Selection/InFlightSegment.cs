namespace Livepeer.Protocol.Selection;

/// <summary>A segment sent to an orchestrator and not answered yet: when it was sent and how long it plays.</summary>
public readonly record struct InFlightSegment(DateTimeOffset Started, TimeSpan Duration);
