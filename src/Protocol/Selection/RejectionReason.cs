namespace Livepeer.Protocol.Selection;

/// <summary>Why a candidate was not eligible for a job, in the order the filters run.</summary>
public enum RejectionReason
{
    /// <summary>Already tried (failed) for this job.</summary>
    Excluded,

    /// <summary>Not in the requested trust pool.</summary>
    OtherTrustPool,

    /// <summary>Does not advertise the capability or model.</summary>
    NotAdvertised,

    /// <summary>Advertises the model only cold while warm was required.</summary>
    NotWarm,

    /// <summary>Quotes no price for the job.</summary>
    NoPrice,

    /// <summary>Not in the current round's active set (could not redeem our tickets).</summary>
    Inactive,

    /// <summary>Perf score below the minimum.</summary>
    LowPerfScore,

    /// <summary>Price above the gateway's max price for the job.</summary>
    AboveMaxPrice,

    /// <summary>Suspended after a failure, and others were available.</summary>
    Suspended,
}
