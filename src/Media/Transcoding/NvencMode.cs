namespace Livepeer.Media.Transcoding;

/// <summary>Whether renditions are encoded with NVENC (and decoded with CUDA) or with libx264 on the CPU.</summary>
public enum NvencMode
{
    /// <summary>NVENC when a working CUDA device and encoder are found at start, libx264 otherwise.</summary>
    Auto,

    /// <summary>NVENC required: the transcoder fails to start without it.</summary>
    On,

    /// <summary>libx264 only.</summary>
    Off,
}
