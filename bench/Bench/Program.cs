using BenchmarkDotNet.Running;
using Livepeer.Bench;
using Livepeer.Bench.TicketFiles;
using Livepeer.Bench.Transcode;

// Plain subcommands for the cross-implementation comparisons (bench/tickets.sh, bench/transcode.sh),
// the cost breakdown of our ticket check and the managed transcoder fuzz loop; anything else goes to
// BenchmarkDotNet.
return args switch
{
    ["generate-tickets", .. var rest] => GenerateTicketsCommand.Run(rest),
    ["verify-tickets", .. var rest] => VerifyTicketsCommand.Run(rest),
    ["breakdown-tickets", .. var rest] => BreakdownTicketsCommand.Run(rest),
    ["transcode-vs-ffmpeg", .. var rest] => TranscodeVsFfmpegCommand.Run(rest),
    ["fuzz-transcoder", .. var rest] => FuzzTranscoderCommand.Run(rest),
    _ => RunBenchmarks(args),
};

static int RunBenchmarks(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, BenchConfig.Create());
    return 0;
}
