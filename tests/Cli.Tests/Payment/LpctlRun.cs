namespace Livepeer.Cli.Tests.Payment;

/// <summary>One in-process lpctl invocation: exit code and what it wrote.</summary>
internal sealed record LpctlRun(int ExitCode, string Output, string Error)
{
    public static LpctlRun Of(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = LpctlApp.Run(args, output, error);
        return new LpctlRun(code, output.ToString(), error.ToString());
    }
}
