using System.Diagnostics;

namespace Guidance.Tests.Support;

/// <summary>
/// The built <c>guidance</c> CLI (guidance.dll, copied next to the tests) running as a real child process on a
/// <see cref="TempSite"/>, for tests that must kill a build or see the process's own exit.
/// </summary>
public sealed class CliProcess : IDisposable
{
    private readonly Process _process;
    private readonly List<(string Line, TaskCompletionSource<string> Found)> _waiting = [];
    private readonly List<string> _stderr = [];

    public CliProcess(TempSite site, IReadOnlyDictionary<string, string>? environment = null, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "guidance.dll");
        if (!File.Exists(dll)) throw new InvalidOperationException($"The built CLI is missing: {dll}");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = site.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in (string[])[dll, .. args, "--input", site.Input, "--theme", site.Theme, "--output", site.Output, "--config", site.Config, "--no-search"])
            start.ArgumentList.Add(arg);
        // English messages unless a test asks otherwise, whatever the machine's locale or the site's default language.
        start.Environment[Guidance.Messages.MessageLanguage.Variable] = Guidance.Messages.MessageLanguage.English;
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        _process = new Process { StartInfo = start };
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (_waiting)
            {
                _stderr.Add(e.Data);
                foreach (var (line, found) in _waiting.Where(w => e.Data.StartsWith(w.Line, StringComparison.Ordinal))) found.TrySetResult(e.Data);
            }
        };
        _process.OutputDataReceived += (_, _) => { };
        _process.Start();
        _process.BeginErrorReadLine();
        _process.BeginOutputReadLine();
    }

    public string Stderr { get { lock (_waiting) return string.Join("\n", _stderr); } }

    /// <summary>The first standard-error line starting with <paramref name="start"/>; fails if the process ends or time runs out first.</summary>
    public async Task<string> ErrorLineStartingWith(string start, TimeSpan timeout)
    {
        var found = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_waiting)
        {
            if (_stderr.FirstOrDefault(l => l.StartsWith(start, StringComparison.Ordinal)) is { } seen) return seen;
            _waiting.Add((start, found));
        }
        var exited = _process.WaitForExitAsync();
        var first = await Task.WhenAny(found.Task, exited, Task.Delay(timeout));
        if (first == found.Task) return await found.Task;
        throw new TimeoutException(first == exited
            ? $"the CLI exited with {_process.ExitCode} before printing '{start}':\n{Stderr}"
            : $"the CLI did not print '{start}' within {timeout}:\n{Stderr}");
    }

    /// <summary>Kills the process as an operating system would (SIGKILL) and waits until it is gone.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }
}
