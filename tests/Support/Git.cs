using System.Diagnostics;

namespace Guidance.Tests.Support;

/// <summary>Runs git in a folder for tests that need a repository, with fixed dates and no user configuration.</summary>
public static class Git
{
    /// <summary>Runs <c>git args…</c>; a missing git or a failing command fails the test with git's own message.</summary>
    public static string Run(string folder, DateTimeOffset? date, params string[] args)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var setting in new[] { "user.name=Test", "user.email=test@example.org", "commit.gpgsign=false", "init.defaultBranch=main" })
        {
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add(setting);
        }
        foreach (var arg in args) start.ArgumentList.Add(arg);
        if (date is { } d)
        {
            var text = d.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);
            start.Environment["GIT_AUTHOR_DATE"] = text;
            start.Environment["GIT_COMMITTER_DATE"] = text;
        }
        Process process;
        try { process = Process.Start(start)!; }
        catch (System.ComponentModel.Win32Exception e) { throw new InvalidOperationException("These tests need git on the PATH: " + e.Message, e); }
        using (process)
        {
            var errors = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0) throw new InvalidOperationException($"git {string.Join(' ', args)} failed: {errors.Result}");
            return output;
        }
    }

    /// <summary>Makes <paramref name="folder"/> a repository and commits everything in it on <paramref name="date"/>.</summary>
    public static void InitAndCommit(string folder, DateTimeOffset date)
    {
        Run(folder, null, "init", "-q");
        CommitAll(folder, date, "Initial content");
    }

    public static void CommitAll(string folder, DateTimeOffset date, string message)
    {
        Run(folder, null, "add", "-A");
        Run(folder, date, "commit", "-q", "-m", message);
    }
}
