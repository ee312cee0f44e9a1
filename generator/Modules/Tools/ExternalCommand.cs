using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace Guidance.Modules.Tools;

/// <summary>What an external program printed and how it ended.</summary>
public sealed record CommandResult(int ExitCode, string Output, TimeSpan Elapsed)
{
    public bool Succeeded => ExitCode == 0;
}

/// <summary>
/// A problem with a program the build runs (Node, npm, Pagefind), worded for the person running the build:
/// what is missing or failed and what to do. The command line prints it without a stack trace.
/// </summary>
public sealed class ExternalToolException(string message) : Exception(message);

/// <summary>
/// Runs an external program to completion in a folder, with stdout and stderr captured together so a failure
/// can show what the program said. (Git's history is read by <see cref="IO.FileHistory"/>, which streams its output.)
/// </summary>
public static class ExternalCommand
{
    /// <param name="missing">The message when <paramref name="program"/> is not on the PATH: what to install.</param>
    public static CommandResult Run(string program, IReadOnlyList<string> arguments, string workingDirectory, string missing,
        CancellationToken cancellationToken = default)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true, // a tool that asks a question gets end-of-input, not a hung build
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);

        var clock = Stopwatch.StartNew();
        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        try { process.Start(); }
        catch (Win32Exception) { throw new ExternalToolException(missing); }
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using (cancellationToken.Register(() => Kill(process)))
            process.WaitForExit();
        cancellationToken.ThrowIfCancellationRequested();
        lock (output) return new CommandResult(process.ExitCode, output.ToString(), clock.Elapsed);
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null) return;
        lock (output) output.AppendLine(line);
    }

    private static void Kill(Process process)
    {
        try { process.Kill(entireProcessTree: true); }
        catch (InvalidOperationException) { } // it has already exited
    }
}
