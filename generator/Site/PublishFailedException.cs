namespace Guidance.Site;

/// <summary>The finished build could not be put in place (a full disk): the published site and its list of paths are as they were.</summary>
public sealed class PublishFailedException(string message) : Exception(message);
