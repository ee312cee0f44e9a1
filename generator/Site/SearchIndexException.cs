namespace Guidance.Site;

/// <summary>The search index could not be made (Node.js or npm missing, Pagefind failed): nothing was published.</summary>
public sealed class SearchIndexException(string message) : Exception(message);
