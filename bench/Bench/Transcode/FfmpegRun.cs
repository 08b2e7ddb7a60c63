namespace Livepeer.Bench.Transcode;

/// <param name="Wall">process start to exit, as a caller of the command line sees it</param>
/// <param name="Transcode">ffmpeg's own -benchmark rtime: its transcode loop, without process start-up and input probing</param>
/// <param name="Cpu">ffmpeg's user + system CPU time, all threads</param>
public sealed record FfmpegRun(TimeSpan Wall, TimeSpan Transcode, TimeSpan Cpu);
