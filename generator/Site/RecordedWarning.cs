using Guidance.Engine;

namespace Guidance.Site;

/// <summary>A warning as the recorded build printed it.</summary>
public sealed record RecordedWarning(string File, int Line, int Column, string Message, Severity Severity)
{
    public static RecordedWarning Of(ContentError e) => new(e.Location.File, e.Location.Line, e.Location.Column, e.Message, e.Severity);

    public ContentError ToError() => new(new SourceLocation(File, Line, Column), Message, Severity);
}
