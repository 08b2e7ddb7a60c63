namespace Livepeer.Protocol.Selection;

/// <summary>The three job families whose selection and suspension rules differ (gateway-api.md §4.3, §4.5, §4.6).</summary>
public enum JobKind
{
    Transcoding,
    BatchAi,
    LiveAi,
}
