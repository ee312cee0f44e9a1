using System.Text;

namespace Guidance.Tests.Support;

/// <summary>
/// A thread-safe writer that keeps what is written and lets a test wait for a line, for output that arrives
/// from another thread (the preview server's rebuilds).
/// </summary>
public sealed class LineWriter : TextWriter
{
    private readonly StringBuilder _text = new();
    private readonly List<(Func<string, bool> Match, TaskCompletionSource<string> Found)> _waiting = [];
    private int _linesSeen;

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        lock (_text)
        {
            _text.Append(value);
            if (value == '\n') Check();
        }
    }

    public override void Write(string? value)
    {
        lock (_text)
        {
            _text.Append(value);
            if (value?.Contains('\n') == true) Check();
        }
    }

    public override void WriteLine(string? value) => Write(value + "\n");

    public override string ToString() { lock (_text) return _text.ToString(); }

    /// <summary>Lines written from now on; earlier lines never satisfy a wait.</summary>
    public Task<string> NextLine(Func<string, bool> match, TimeSpan timeout)
    {
        var found = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_text) _waiting.Add((match, found));
        return found.Task.WaitAsync(timeout);
    }

    /// <summary>Call before the action that causes the line, so the line cannot slip past.</summary>
    public Task<string> NextLineContaining(string part, TimeSpan timeout) => NextLine(l => l.Contains(part, StringComparison.Ordinal), timeout);

    private void Check()
    {
        var lines = _text.ToString().Split('\n');
        for (; _linesSeen < lines.Length - 1; _linesSeen++)
            foreach (var (match, found) in _waiting.ToList())
                if (match(lines[_linesSeen]) && found.TrySetResult(lines[_linesSeen])) _waiting.RemoveAll(w => w.Found == found);
    }
}
