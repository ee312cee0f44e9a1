namespace Guidance.Engine;

public readonly record struct SourceLocation(string File, int Line, int Column = 0)
{
    public override string ToString() => Column > 0 ? $"{File}:{Line}:{Column}" : $"{File}:{Line}";
}

public enum Severity { Error, Warning }

/// <summary>A problem in the content an editor can act on, printed as <c>file:line: message</c>.</summary>
public sealed record ContentError(SourceLocation Location, string Message, Severity Severity = Severity.Error)
{
    public override string ToString() =>
        Severity == Severity.Warning ? $"{Location}: {Say.Warning}: {OneLine(Message)}" : $"{Location}: {OneLine(Message)}";

    /// <summary>A message quoting a multi-line value still prints as one line, so every line of output starts with its file.</summary>
    private static string OneLine(string message) =>
        !message.Any(char.IsControl) ? message
        : string.Concat(message.Select(c => c switch
        {
            '\n' => "\\n",
            '\r' => "\\r",
            '\t' => "\\t",
            _ when char.IsControl(c) => $"\\u{(int)c:X4}",
            _ => c.ToString(),
        }));
}

/// <summary>Thrown by a module for a located problem that stops work on the current document.</summary>
public sealed class ContentException(SourceLocation location, string message) : Exception(message)
{
    public ContentError Error { get; } = new(location, message);
}

/// <summary>Thrown by the engine when a phase ended with errors; carries every error, not just the first.</summary>
public sealed class BuildFailedException(IReadOnlyList<ContentError> errors)
    : Exception($"The build failed with {errors.Count} error(s).")
{
    public IReadOnlyList<ContentError> Errors { get; } = errors;
}
