using System.CommandLine;
using Guidance.Cli;

return GuidanceCommand.Run(args, Console.Out, Console.Error);
