namespace Livepeer.Media.Interop;

/// <summary>lpmedia.h's lpm_status.</summary>
internal enum LpmStatus
{
    Ok = 0,
    NotMedia = 1,
    Truncated = 2,
    UnsupportedCodec = 3,
    Corrupt = 4,
    BadProfile = 5,
    Argument = 6,
    Encoder = 7,
    NoMemory = 8,
    NvencUnavailable = 9,
    Cancelled = 10,
    Internal = 11,
}
