using Livepeer.Cli;

return LpctlApp.Run(args, Console.Out, Console.Error);
