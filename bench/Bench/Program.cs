using BenchmarkDotNet.Running;
using Livepeer.Bench;
using Livepeer.Bench.TicketFiles;

// Plain subcommands for the cross-implementation comparison (bench/tickets.sh) and the cost
// breakdown of our check; anything else goes to BenchmarkDotNet.
return args switch
{
    ["generate-tickets", .. var rest] => GenerateTicketsCommand.Run(rest),
    ["verify-tickets", .. var rest] => VerifyTicketsCommand.Run(rest),
    ["breakdown-tickets", .. var rest] => BreakdownTicketsCommand.Run(rest),
    _ => RunBenchmarks(args),
};

static int RunBenchmarks(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, BenchConfig.Create());
    return 0;
}
