using Guidance.Engine;

namespace Guidance.Modules.Content;

/// <summary>Adds documents made from what the context holds (index pages, home pages) to the ones flowing through.</summary>
public sealed class AddDocuments(Func<BuildContext, IEnumerable<Document>> create) : IModule
{
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context) => [.. inputs, .. create(context)];
}
