using BenchmarkDotNet.Running;
using Livepeer.Bench.TicketFiles;

// Two plain subcommands for the cross-implementation comparison (bench/tickets.sh); anything else
// goes to BenchmarkDotNet.
return args switch
{
    ["generate-tickets", .. var rest] => GenerateTicketsCommand.Run(rest),
    ["verify-tickets", .. var rest] => VerifyTicketsCommand.Run(rest),
    _ => RunBenchmarks(args),
};

static int RunBenchmarks(string[] args)
{
    // BenchmarkDotNet's out-of-process toolchain looks for <assembly name>.csproj, but this assembly
    // is Livepeer.Bench and its project Bench.csproj, so the benchmarks run in this process.
    string[] withInProcess = args.Contains("--inProcess") || args.Contains("-i") ? args : [.. args, "--inProcess"];
    BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(withInProcess);
    return 0;
}
