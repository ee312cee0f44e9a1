namespace Guidance.Site;

/// <summary>A command line the tool refuses before it starts: printed as one line, exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);
