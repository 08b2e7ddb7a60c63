namespace Livepeer.Grains;

/// <summary>Error texts of our own (not go-livepeer's) that several grains return.</summary>
internal static class GrainErrors
{
    public const string ChainTimeUnknown = "chain time is unknown: the chain has not been read yet";
}
