namespace Guidance.Site;

/// <summary>What a failed check is: an error that stops the build, a warning, or not checked (<c>Validation</c> in statiq.json).</summary>
public enum ValidationLevel { Error, Warning, Off }
