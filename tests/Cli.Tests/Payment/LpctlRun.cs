namespace Livepeer.Cli.Tests.Payment;

/// <summary>One in-process lpctl invocation: exit code and what it wrote.</summary>
internal sealed record LpctlRun(int ExitCode, string Output, string Error)
{
    /// <summary>Runs with an empty environment, so no LPCTL_* variable of the machine running the tests leaks in.</summary>
    public static LpctlRun Of(params string[] args) => With(new Dictionary<string, string>(), args);

    public static LpctlRun With(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = LpctlApp.Run(args, output, error, name => environment.GetValueOrDefault(name));
        return new LpctlRun(code, output.ToString(), error.ToString());
    }

    /// <summary>On the thread pool: lpctl blocks on its HTTP calls, which must not wait for the test framework's own threads.</summary>
    public static Task<LpctlRun> OfAsync(params string[] args) => Task.Run(() => Of(args));

    public static Task<LpctlRun> WithAsync(IReadOnlyDictionary<string, string> environment, params string[] args) => Task.Run(() => With(environment, args));
}
