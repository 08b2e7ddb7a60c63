namespace Livepeer.Grains.Abstractions.Sessions;

[GenerateSerializer, Immutable, Alias("livepeer.SessionOpenResult")]
public sealed record SessionOpenResult([property: Id(0)] string? Error, [property: Id(1)] SessionSnapshot Session)
{
    public bool Succeeded => Error is null;
}
